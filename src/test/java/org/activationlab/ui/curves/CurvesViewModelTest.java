package org.activationlab.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.Catalogue;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.plot.Panel;
import org.activationlab.plot.Series;
import org.activationlab.plot.curves.YRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The curves view model on the test thread: analyses run at once, frames are built when the test
 * lets the frame worker run ({@link #build()}), as a background lane would.
 */
class CurvesViewModelTest {
    /** Frame builds asked of the worker and not run yet. */
    private final List<Runnable> requested = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private final List<Activation> analysed = new ArrayList<>();
    private CurvesViewModel model;

    @BeforeEach
    void create() {
        model = modelWith(a -> {
            analysed.add(a);
            return PropertyAnalyzer.analyze(a);
        });
    }

    private CurvesViewModel modelWith(java.util.function.Function<Activation, ActivationProperties> analyzer) {
        CurvesViewModel m = new CurvesViewModel(analyzer, Runnable::run, requested::add, Runnable::run, statuses::add);
        m.start();
        build();
        return m;
    }

    /** The frame worker runs what was asked of it. */
    private void build() {
        List<Runnable> due = List.copyOf(requested);
        requested.clear();
        due.forEach(Runnable::run);
    }

    private static Series series(Panel panel, String name) {
        return panel.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void opensWithAFigureOfBothPanels() {
        CurvesFrame frame = model.getFrame();
        assertThat(frame.figure().panels()).hasSize(2);
        assertThat(frame.figure().panels().get(0).series()).extracting(Series::name)
                .containsExactly("f:sigmoid", "f:tanh", "f:relu");
        assertThat(model.propertyRows()).extracting(p -> p.activation().name()).containsExactly("sigmoid", "tanh", "relu");
    }

    @Test
    void manyChangesBeforeTheWorkerRunsBuildOneFrameWithTheNewest() {
        CurvesFrame before = model.getFrame();
        List<CurvesFrame> shown = new ArrayList<>();
        model.frameProperty().addListener((obs, old, now) -> shown.add(now));
        Activation leaky = Catalogue.get("leaky_relu");
        model.plot("leaky_relu", true);
        for (double slope = 0.05; slope <= 0.5; slope += 0.05) {
            model.changeParameters(leaky.with("slope", Math.round(slope * 100) / 100.0));
        }
        assertThat(model.getFrame()).isSameAs(before);
        assertThat(model.isBuilding()).isTrue();

        build();

        assertThat(shown).hasSize(1);
        Series curve = series(model.getFrame().figure().panels().get(0), "f:leaky_relu");
        assertThat(curve.y(0)).isCloseTo(-6 * 0.5, within(1e-12));
        assertThat(model.isBuilding()).isFalse();
    }

    @Test
    void anIntentThatChangesNothingAsksForNoFrame() {
        CurvesState before = model.getState();
        model.depth(1);
        model.showXRange(-6, 6);
        model.plot("sigmoid", true);
        model.changeParameters(Catalogue.get("leaky_relu"));
        model.update(s -> s.withShading(true, CurvesState.DEFAULT_EPSILON));
        assertThat(model.getState()).isSameAs(before);
        assertThat(requested).isEmpty();
        assertThat(model.isBuilding()).isFalse();
    }

    @Test
    void theNewLanguageRebuildsTheFigureFromTheSameSamples() {
        CurvesFrame before = model.getFrame();
        model.rebuildFigure();
        assertThat(model.isBuilding()).isTrue();
        build();
        assertThat(model.getFrame()).isNotSameAs(before);
        assertThat(model.getFrame().data()).isSameAs(before.data());
        assertThat(model.getFrame().settings()).isEqualTo(before.settings());
    }

    @Test
    void samplesAreReusedUnlessTheFunctionsOrTheRangeChange() {
        CurvesFrame first = model.getFrame();
        model.depth(7);
        model.shadeSaturation(false);
        build();
        assertThat(model.getFrame().data()).isSameAs(first.data());
        assertThat(model.getFrame().figure().panels().get(1).series().get(0).name()).startsWith("|df|^7:");

        model.showXRange(-2, 2);
        build();
        assertThat(model.getFrame().data()).isNotSameAs(first.data());
        assertThat(model.getFrame().settings().from()).isEqualTo(-2);
    }

    @Test
    void theReadoutGivesExactValuesAtTheHoveredX() {
        model.depth(3);
        model.hover(0);
        HoverReadout r = model.getReadout();
        assertThat(r.x()).isZero();
        assertThat(r.rows()).extracting(row -> row.function().activation().name()).containsExactly("sigmoid", "tanh", "relu");
        HoverReadout.Row sigmoid = r.rows().get(0);
        assertThat(sigmoid.value()).isEqualTo(0.5);
        assertThat(sigmoid.derivative()).isEqualTo(0.25);
        assertThat(sigmoid.derivativePower()).isEqualTo(0.25 * 0.25 * 0.25);
        assertThat(r.rows().get(2).derivative()).as("relu'(0), PyTorch's choice").isZero();

        model.changeParameters(Catalogue.get("leaky_relu"));
        model.plot("leaky_relu", true);
        assertThat(model.getReadout().rows()).hasSize(4);
        model.endHover();
        assertThat(model.getReadout()).isNull();
    }

    @Test
    void hoveringRedrawsOnlyWhenMaxoutShowsItsWinningPiece() {
        model.hover(1);
        assertThat(requested).isEmpty();

        model.plot("maxout", true);
        build();
        model.hover(2);
        assertThat(requested).hasSize(1);
        build();
        List<Series> pieces = model.getFrame().figure().panels().get(0).series().stream()
                .filter(s -> s.name().startsWith("piece:")).toList();
        assertThat(pieces).hasSize(2);
        assertThat(model.getFrame().settings().highlightX()).isEqualTo(2);
        model.endHover();
        build();
        assertThat(model.getFrame().settings().highlightX()).isNaN();
    }

    @Test
    void propertiesFollowTheParametersInPlotOrder() {
        model.plot("leaky_relu", true);
        model.changeParameters(Catalogue.get("leaky_relu").with("slope", 0.2));
        assertThat(model.propertyRows()).extracting(p -> p.activation().name())
                .containsExactly("sigmoid", "tanh", "relu", "leaky_relu");
        assertThat(model.propertyRows().get(3).slopeAtZero()).isEqualTo(0.2);
        model.plot("tanh", false);
        assertThat(model.propertyRows()).extracting(p -> p.activation().name())
                .containsExactly("sigmoid", "relu", "leaky_relu");
        long leakyAnalyses = analysed.stream().filter(a -> a.name().equals("leaky_relu")).count();
        model.plot("tanh", true);
        assertThat(analysed.stream().filter(a -> a.name().equals("leaky_relu")).count()).isEqualTo(leakyAnalyses);
    }

    @Test
    void aFailedAnalysisIsReportedInTheStatusLine() {
        CurvesViewModel failing = modelWith(a -> {
            throw new IllegalStateException("no grid for " + a.name());
        });
        assertThat(failing.propertyRows()).isEmpty();
        assertThat(statuses).contains("Could not compute the properties: no grid for sigmoid");
    }

    @Test
    void theWheelZoomsAboutThePointerAndResetReturns() {
        model.zoom(1, 3);
        XRange x = model.getState().x();
        assertThat(x.span()).isCloseTo(12 * 0.9, within(0.05));
        assertThat((3 - x.from()) / x.span()).isCloseTo(0.75, within(0.01));
        model.zoom(-100, 0);
        assertThat(model.getState().x()).isEqualTo(new XRange(-20, 20));
        model.resetXRange();
        assertThat(model.getState().x()).isEqualTo(XRange.DEFAULT);
    }

    @Test
    void aDragPansFromWhereItStarted() {
        XRange start = model.getState().x();
        model.panFrom(start, 1.0);
        model.panFrom(start, 2.0);
        assertThat(model.getState().x()).isEqualTo(new XRange(-4, 8));
    }

    @Test
    void fixingTheYRangesFreezesTheAxesAsShown() {
        CurvesFrame frame = model.getFrame();
        model.fixYRanges(true);
        YRange f = model.getState().functionRange();
        assertThat(f.automatic()).isFalse();
        assertThat(f.min()).isEqualTo(frame.figure().panels().get(0).yAxis().min());
        assertThat(model.getState().derivativeRange().max()).isEqualTo(frame.figure().panels().get(1).yAxis().max());

        model.showXRange(0, 6);
        build();
        assertThat(model.getFrame().figure().panels().get(0).yAxis().min()).isEqualTo(f.min());

        model.fixFunctionRange(-2, 2);
        build();
        assertThat(model.getFrame().figure().panels().get(0).yAxis().max()).isEqualTo(2);
        model.fixYRanges(false);
        assertThat(model.getState().functionRange()).isEqualTo(YRange.AUTO);
    }

    @Test
    void bothPanelsCannotBeHiddenAndDepthShowsTheLowerOne() {
        assertThat(model.showPanels(false, false)).isFalse();
        assertThat(model.showPanels(true, false)).isTrue();
        model.depth(10);
        assertThat(model.getState().showDerivatives()).isTrue();
    }

    @Test
    void noFunctionMeansNoFrame() {
        model.plot("sigmoid", false);
        model.plot("tanh", false);
        model.plot("relu", false);
        build();
        assertThat(model.getFrame()).isNull();
        model.hover(0);
        assertThat(model.getReadout()).isNull();
    }
}
