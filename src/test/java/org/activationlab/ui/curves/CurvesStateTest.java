package org.activationlab.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.plot.curves.CurvesSettings;
import org.activationlab.plot.curves.PlotFunction;
import org.activationlab.plot.curves.YRange;
import org.junit.jupiter.api.Test;

class CurvesStateTest {
    private final CurvesState initial = CurvesState.initial();

    @Test
    void opensWithSigmoidTanhAndReluOverMinusSixToSix() {
        assertThat(initial.plotted()).containsExactly(
                java.util.Map.entry("sigmoid", 0), java.util.Map.entry("tanh", 1), java.util.Map.entry("relu", 2));
        assertThat(initial.activations().keySet()).containsExactlyElementsOf(Catalogue.names());
        CurvesSettings s = initial.settings(Double.NaN).orElseThrow();
        assertThat(s.from()).isEqualTo(-6);
        assertThat(s.to()).isEqualTo(6);
        assertThat(s.showFunctions()).isTrue();
        assertThat(s.showDerivatives()).isTrue();
        assertThat(s.saturation()).isEqualTo(CurvesState.DEFAULT_EPSILON);
        assertThat(s.depth()).isEqualTo(1);
    }

    @Test
    void aNewFunctionTakesTheLowestFreeColourSoOthersKeepTheirs() {
        CurvesState s = initial.withPlotted("tanh", false).withPlotted("elu", true).withPlotted("gelu", true);
        assertThat(s.plotted()).containsExactly(java.util.Map.entry("sigmoid", 0), java.util.Map.entry("relu", 2),
                java.util.Map.entry("elu", 1), java.util.Map.entry("gelu", 3));
        assertThat(s.plottedFunctions()).extracting(PlotFunction::colour).containsExactly(0, 2, 1, 3);
        assertThat(s.colour("relu")).hasValue(2);
        assertThat(s.colour("tanh")).isEmpty();
        assertThat(initial.withPlotted("sigmoid", true)).isSameAs(initial);
    }

    @Test
    void parametersSurviveTakingAFunctionOffThePlot() {
        Activation steep = Catalogue.get("leaky_relu").with("slope", 0.3);
        CurvesState s = initial.withPlotted("leaky_relu", true).withActivation(steep)
                .withPlotted("leaky_relu", false).withPlotted("leaky_relu", true);
        assertThat(s.activation("leaky_relu")).isSameAs(steep);
        assertThat(s.settings(Double.NaN).orElseThrow().functions().get(3).activation()).isSameAs(steep);
    }

    @Test
    void noPlottedFunctionGivesNoSettings() {
        CurvesState none = initial.withPlotted("sigmoid", false).withPlotted("tanh", false).withPlotted("relu", false);
        assertThat(none.settings(Double.NaN)).isEmpty();
    }

    @Test
    void shadingOffKeepsTheThresholdButShadesNothing() {
        CurvesState off = initial.withShading(false, 0.05);
        assertThat(off.epsilon()).isEqualTo(0.05);
        assertThat(off.settings(Double.NaN).orElseThrow().shadesSaturation()).isFalse();
        assertThat(off.withShading(true, off.epsilon()).settings(Double.NaN).orElseThrow().saturation()).isEqualTo(0.05);
    }

    @Test
    void aLogAxisDropsAFixedRangeItCannotShow() {
        CurvesState fixed = initial.withYRanges(YRange.AUTO, YRange.fixed(-0.1, 1.1));
        assertThat(fixed.withLogDerivative(true).derivativeRange()).isEqualTo(YRange.AUTO);
        CurvesState positive = initial.withYRanges(YRange.AUTO, YRange.fixed(1e-6, 1.1));
        assertThat(positive.withLogDerivative(true).derivativeRange()).isEqualTo(YRange.fixed(1e-6, 1.1));
    }

    @Test
    void badValuesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> initial.withPanels(false, false)).hasMessageContaining("functions, the derivatives or both");
        assertThatThrownBy(() -> initial.withDepth(0)).hasMessageContaining("from 1 to 50, got 0");
        assertThatThrownBy(() -> initial.withDepth(51)).hasMessageContaining("got 51");
        assertThatThrownBy(() -> initial.withShading(true, 0)).hasMessageContaining("> 0, got 0.0");
        assertThatThrownBy(() -> initial.withShading(true, Double.NaN)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> initial.withPlotted("softmax", true)).hasMessageContaining("unknown function softmax");
        assertThatThrownBy(() -> initial.withX(new XRange(-30, 30)))
                .hasMessage("the x range must lie within [-20, 20] and be at least 0.01 wide, got from -30 to 30");
        assertThatThrownBy(() -> initial.withLogDerivative(true).withYRanges(YRange.AUTO, YRange.fixed(0, 1)))
                .hasMessageContaining("minimum > 0");
    }

    @Test
    void theHighlightReachesTheSettings() {
        CurvesState withMaxout = initial.withPlotted("maxout", true);
        assertThat(withMaxout.settings(1.5).orElseThrow().highlightX()).isEqualTo(1.5);
        assertThat(List.copyOf(withMaxout.plotted().keySet())).endsWith("maxout");
    }
}
