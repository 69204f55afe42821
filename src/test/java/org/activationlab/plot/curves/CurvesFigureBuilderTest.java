package org.activationlab.plot.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.plot.Axis;
import org.activationlab.plot.Dash;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Ink;
import org.activationlab.plot.Marker;
import org.activationlab.plot.Panel;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.Text;
import org.activationlab.plot.XRegion;
import org.junit.jupiter.api.Test;

class CurvesFigureBuilderTest {
    private static final List<Activation> THREE = List.of(Catalogue.get("sigmoid"), Catalogue.get("tanh"),
            Catalogue.get("relu"));

    private static CurvesSettings.Builder settings() {
        return CurvesSettings.builder().activations(THREE.stream().map(ActivationSpec::of).toList()).range(-6, 6).points(201);
    }

    private static List<String> seriesNames(Panel p) {
        return p.series().stream().map(Series::name).toList();
    }

    @Test
    void functionsPanelAloneByDefault() {
        Figure f = CurvesFigureBuilder.build(settings().build());
        assertThat(f.panels()).hasSize(1);
        assertThat(seriesNames(f.panels().get(0))).containsExactly("f:sigmoid", "f:tanh", "f:relu");
        assertThat(f.xAxis().min()).isEqualTo(-6);
        assertThat(f.xAxis().max()).isEqualTo(6);
        assertThat(f.caption()).isEmpty();
        assertThat(f.panels().get(0).legend().entries()).hasSize(3);
    }

    @Test
    void bothPanelsShareXWithDerivativesBelow() {
        Figure f = CurvesFigureBuilder.build(settings().panels(true, true).build());
        assertThat(f.panels()).hasSize(2);
        assertThat(seriesNames(f.panels().get(1))).containsExactly("df:sigmoid", "df:tanh", "df:relu");
        assertThat(f.panels().get(1).yAxis().label()).isEqualTo(Text.latex("f'(x)"));
        assertThat(f.panels().get(1).legend().isEmpty()).isTrue();
        Figure derivativeOnly = CurvesFigureBuilder.build(settings().panels(false, true).build());
        assertThat(derivativeOnly.panels()).hasSize(1);
        assertThat(derivativeOnly.panels().get(0).legend().entries()).hasSize(3);
    }

    @Test
    void depthPlotsTheDerivativePowerOnALogAxis() {
        Figure f = CurvesFigureBuilder.build(settings().panels(true, true).depth(20).logDerivative(true).build());
        Panel lower = f.panels().get(1);
        assertThat(lower.yAxis().scale()).isEqualTo(Scale.LOG);
        assertThat(lower.yAxis().label()).isEqualTo(Text.latex("|f'(x)|^{20}"));
        Series sigmoid = lower.series().get(0);
        assertThat(sigmoid.name()).isEqualTo("|df|^20:sigmoid");
        assertThat(sigmoid.y(100)).isEqualTo(Math.pow(0.25, 20));
        assertThat(lower.yAxis().min()).isLessThan(Math.pow(Catalogue.get("tanh").derivative(6), 20));
        assertThat(lower.yAxis().max()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void automaticRangeFitsTheDataWithAMarginAndFixedRangeIsKept() {
        Axis y = CurvesFigureBuilder.build(settings().build()).panels().get(0).yAxis();
        assertThat(y.min()).isLessThan(-0.99).isGreaterThan(-1.4);
        assertThat(y.max()).isGreaterThan(6).isLessThan(6.5);
        Axis fixed = CurvesFigureBuilder.build(settings().functionRange(YRange.fixed(-2, 2)).build()).panels().get(0).yAxis();
        assertThat(fixed.min()).isEqualTo(-2);
        assertThat(fixed.max()).isEqualTo(2);
        Axis constant = CurvesFigureBuilder.build(CurvesSettings.builder().activations(List.of(ActivationSpec.of("step")))
                .panels(false, true).build()).panels().get(0).yAxis();
        assertThat(constant.min()).isLessThan(0);
        assertThat(constant.max()).isGreaterThan(0);
    }

    @Test
    void saturationIsShadedAndZeroGradientHatchedInTheFunctionsColour() {
        Figure f = CurvesFigureBuilder.build(settings().saturation(1e-2).hatchZeroGradient(true).build());
        List<XRegion> regions = f.panels().get(0).items().stream().filter(XRegion.class::isInstance)
                .map(XRegion.class::cast).toList();
        assertThat(regions).anySatisfy(r -> {
            assertThat(r.fill()).isEqualTo(XRegion.Fill.HATCH);
            assertThat(r.ink()).isEqualTo(Ink.series(2));
            assertThat(r.from()).isEqualTo(-6);
            assertThat(r.to()).isEqualTo(0);
        });
        assertThat(regions.stream().filter(r -> r.fill() == XRegion.Fill.SHADE && r.ink().equals(Ink.series(0))))
                .hasSize(2);
        assertThat(f.panels().get(0).legend().entries()).hasSize(5);
    }

    @Test
    void maxoutPiecesAreDrawnUnderTheEnvelopeAndTheWinnerIsHighlighted() {
        Activation maxout = Catalogue.create("maxout", Map.of("k", 3.0, "w1", -1.0, "w2", 1.0, "w3", 0.0, "b3", 0.5));
        Figure f = CurvesFigureBuilder.build(CurvesSettings.builder().activations(List.of(ActivationSpec.of(maxout))).highlightX(2).build());
        Panel p = f.panels().get(0);
        assertThat(seriesNames(p)).containsExactly("piece:1", "piece:2", "piece:3", "f:maxout");
        assertThat(p.series().get(0).style().dash()).isEqualTo(Dash.DASHED);
        assertThat(p.series().get(1).style().dash()).isEqualTo(Dash.SOLID);
        assertThat(p.items()).anySatisfy(item -> assertThat(item).isInstanceOf(Marker.class));
    }

    @Test
    void captionListsFunctionsParametersRangeAndShading() {
        Figure f = CurvesFigureBuilder.build(CurvesSettings.builder()
                .activations(List.of(ActivationSpec.of("leaky_relu").with("slope", 0.1))).range(-3, 4).points(11)
                .panels(true, true).depth(7).saturation(0.01).caption(true).build());
        assertThat(f.caption()).contains("Leaky ReLU (slope = 0.1)", "x from -3 to 4", "11 points",
                "|f′(x)|^7", "7 layers", "|f′(x)| < 0.01");
    }

    @Test
    void legendFormulasComeFromTheCatalogue() {
        Figure f = CurvesFigureBuilder.build(settings().legendFormulas(true).build());
        assertThat(f.panels().get(0).legend().entries().get(0).formula())
                .isEqualTo(Text.latex(Catalogue.get("sigmoid").info().formulaLatex()));
    }

    @Test
    void moreThanEightFunctionsRepeatColoursWithDashes() {
        assertThat(SeriesStyles.curve(0).dash()).isEqualTo(Dash.SOLID);
        assertThat(SeriesStyles.curve(8).dash()).isEqualTo(Dash.DASHED);
        assertThat(SeriesStyles.curve(8).ink()).isEqualTo(Ink.series(8));
        assertThat(SeriesStyles.curve(17).dash()).isEqualTo(Dash.DOTTED);
    }

    @Test
    void settingsRejectOutOfRangeValuesWithClearMessages() {
        assertThatThrownBy(() -> settings().range(6, -6).build()).hasMessageContaining("from < to");
        assertThatThrownBy(() -> settings().range(0, Double.POSITIVE_INFINITY).build()).hasMessageContaining("finite");
        assertThatThrownBy(() -> settings().depth(51).build()).hasMessage("depth must be an integer from 1 to 50, got 51");
        assertThatThrownBy(() -> settings().points(1).build()).hasMessageContaining("from 2 to");
        assertThatThrownBy(() -> settings().saturation(-1).build()).hasMessageContaining("> 0, got -1");
        assertThatThrownBy(() -> settings().panels(false, false).build()).hasMessageContaining("both");
        assertThatThrownBy(() -> CurvesSettings.builder().build()).hasMessageContaining("at least one function");
        assertThatThrownBy(() -> settings().logDerivative(true).derivativeRange(YRange.fixed(0, 1)).build())
                .hasMessageContaining("minimum > 0");
        assertThatThrownBy(() -> YRange.fixed(1, 1)).hasMessageContaining("min < max");
    }

    @Test
    void toBuilderChangesOnlyWhatIsSet() {
        CurvesSettings a = settings().saturation(0.1).caption(true).build();
        CurvesSettings b = a.toBuilder().depth(3).build();
        assertThat(b.depth()).isEqualTo(3);
        assertThat(b.toBuilder().depth(1).build()).isEqualTo(a);
    }
}
