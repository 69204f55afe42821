package org.activationlab.plot.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Histogram;
import org.activationlab.nn.LayerDiagnostics;
import org.activationlab.nn.LayerShape;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.Task;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.nn.UnitDiagnostics;
import org.activationlab.nn.UnitKind;
import org.activationlab.plot.Bars;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.HeatMap;
import org.activationlab.plot.Marker;
import org.activationlab.plot.Panel;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.XRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingFiguresTest {

    private static TrainingSnapshot run(Task task, String activation, int steps, int... units) {
        DataSplit data = task.split(100, 0.2, 0.1, 1);
        Trainer t = new Trainer(TrainingConfig.defaults(NetworkSpec.of(task.type(), ActivationSpec.of(activation), units)), data);
        t.run(steps);
        return t.snapshot();
    }

    private static void renders(Figure f) {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        assertThat(FigureRenderer.render(f, g, 600, 400, RenderOptions.DEFAULT).panels()).hasSize(f.panels().size());
        g.dispose();
    }

    @Test
    void classificationSurfaceIsAHeatMapOfProbabilitiesWithEveryPointAsAMarker() {
        TrainingSnapshot s = run(Task.XOR, "relu", 5, 4);
        Figure f = DecisionSurfaceFigure.build(s);
        Panel p = f.panels().get(0);
        HeatMap map = (HeatMap) p.items().get(0);
        assertThat(map.columns()).isEqualTo(DecisionSurfaceFigure.RESOLUTION);
        assertThat(map.low()).isZero();
        assertThat(map.high()).isEqualTo(1);
        assertThat(p.items().stream().filter(Marker.class::isInstance).count()).isEqualTo(100);
        assertThat(f.title().content()).contains("step 5");
        renders(f);
    }

    @Test
    void regressionSurfaceIsTheFittedCurveOverThePoints() {
        TrainingSnapshot s = run(Task.SIN, "tanh", 3, 8);
        Figure f = DecisionSurfaceFigure.build(s);
        Panel p = f.panels().get(0);
        assertThat(p.series()).extracting(Series::name).containsExactly("fit");
        assertThat(p.series().get(0).size()).isEqualTo(DecisionSurfaceFigure.CURVE_SAMPLES);
        assertThat(p.items().stream().noneMatch(HeatMap.class::isInstance)).isTrue();
        renders(f);
    }

    @ParameterizedTest
    @CsvSource({"relu, true, false", "sigmoid, false, true", "leaky_relu, false, false", "identity, false, false"})
    void preActivationPanelsShadeSaturatedAndDeadRegionsOfTheLayerFunction(String activation, boolean dead,
                                                                           boolean saturatedOnly) {
        TrainingSnapshot s = run(Task.CIRCLE, activation, 2, 8, 8);
        Figure f = PreActivationFigure.build(s);
        assertThat(f.panels()).hasSize(2);
        Panel p = f.panels().get(0);
        List<XRegion> regions = p.items().stream().filter(XRegion.class::isInstance).map(XRegion.class::cast).toList();
        assertThat(regions.stream().anyMatch(r -> r.fill() == XRegion.Fill.HATCH)).isEqualTo(dead);
        assertThat(regions.stream().anyMatch(r -> r.fill() == XRegion.Fill.SHADE)).isEqualTo(dead || saturatedOnly);
        if (dead) {
            XRegion hatch = regions.stream().filter(r -> r.fill() == XRegion.Fill.HATCH).findFirst().orElseThrow();
            assertThat(hatch.from()).isEqualTo(-6);
            assertThat(hatch.to()).isCloseTo(0, org.assertj.core.data.Offset.offset(0.02));
        }
        Bars bars = (Bars) p.items().stream().filter(Bars.class::isInstance).findFirst().orElseThrow();
        assertThat(java.util.Arrays.stream(bars.heights()).max().orElseThrow()).isEqualTo(1.0);
        assertThat(p.series()).extracting(Series::name).containsExactly("f", "df");
        renders(f);
    }

    /**
     * Issue 16, 3: each layer's dead and saturated counts open the caption, under the plots, and no
     * text lies in the plots but the legend (in a small plot the label wrapped over the histogram).
     */
    @Test
    void eachLayersCountsOpenTheCaptionAndNoNoteLiesInThePlots() {
        TrainingSnapshot s = run(Task.CIRCLE, "relu", 2, 8, 8);
        Figure f = PreActivationFigure.build(s);
        for (Panel p : f.panels()) {
            assertThat(p.items()).noneMatch(org.activationlab.plot.TextNote.class::isInstance);
        }
        String first = PreActivationFigure.summary(s.weights().layer(0), s.layers().get(0));
        String second = PreActivationFigure.summary(s.weights().layer(1), s.layers().get(1));
        assertThat(f.caption()).startsWith("Layer 1, " + first + ". Layer 2, " + second + ". Bars: ");
        assertThat(first).startsWith("relu: ").endsWith(" of 8");
        renders(f);
    }

    /** Issue 16, 4.12: the per-layer label names the share of overflowed pre-activations, if any. */
    @ParameterizedTest(name = "non-finite share {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "0     | relu: 1 dead, 0 saturated of 2",
            "0.125 | relu: 1 dead, 0 saturated of 2; 12.5% of z not finite (overflow)",
            "1     | relu: 1 dead, 0 saturated of 2; 100% of z not finite (overflow)"})
    void preActivationLabelSaysWhereValuesOverflowed(double nonFinite, String label) {
        LayerShape shape = new LayerShape(UnitKind.of(Catalogue.get("relu")), 2, 2, 0, 4, -1);
        List<UnitDiagnostics> units = List.of(new UnitDiagnostics(0.75, 0.75, false, false, -1, false),
                new UnitDiagnostics(1, 1, true, true, 3, false));
        LayerDiagnostics d = new LayerDiagnostics(0.5, 0.5, 0, 1, Histogram.of(new double[] {0}, -6, 6, 48), 0, 0,
                Double.NaN, units, nonFinite);
        assertThat(PreActivationFigure.summary(shape, d)).isEqualTo(label);
    }

    @Test
    void historyHasLossAccuracyUnitsAndLogGradientPanelsPlusAlphaForPrelu() {
        TrainingSnapshot relu = run(Task.CIRCLE, "relu", 20, 8, 8);
        Figure f = TrainingHistoryFigure.build(relu);
        assertThat(f.panels()).hasSize(4);
        assertThat(f.panels().get(0).yAxis().scale()).isEqualTo(Scale.LOG);
        assertThat(f.panels().get(3).yAxis().scale()).isEqualTo(Scale.LOG);
        assertThat(f.panels().get(3).series()).hasSize(3);
        assertThat(f.panels().get(0).series().get(0).size()).isEqualTo(21);
        renders(f);
        TrainingSnapshot prelu = run(Task.CIRCLE, "prelu", 20, 8);
        assertThat(TrainingHistoryFigure.build(prelu).panels()).hasSize(5);
        TrainingSnapshot regression = run(Task.SIN, "relu", 20, 8);
        assertThat(TrainingHistoryFigure.build(regression).panels()).hasSize(3);
    }

    @Test
    void aLongRunIsDrawnInBoundedColumnsThatKeepEveryExtremeOfTheLoss() {
        NetworkSpec spec = NetworkSpec.of(org.activationlab.nn.ProblemType.CLASSIFICATION, ActivationSpec.of("relu"), 3);
        Trainer t = new Trainer(TrainingConfig.defaults(spec).withLearningRate(0.5), Task.XOR.split(20, 0, 0.2, 3));
        double lowest = t.loss();
        double highest = t.loss();
        for (int k = 0; k < 30_000; k++) {
            t.step();
            lowest = Math.min(lowest, t.loss());
            highest = Math.max(highest, t.loss());
        }
        TrainingSnapshot s = t.snapshot();
        assertThat(s.history().firstFullStep()).as("old steps are only in envelopes").isPositive();

        Series loss = TrainingHistoryFigure.build(s).panels().get(0).series().get(0);

        assertThat(loss.size()).isLessThanOrEqualTo(2 * TrainingHistoryFigure.MAX_POINTS);
        double drawnLow = Double.POSITIVE_INFINITY;
        double drawnHigh = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < loss.size(); i++) {
            drawnLow = Math.min(drawnLow, loss.y(i));
            drawnHigh = Math.max(drawnHigh, loss.y(i));
            if (i > 0) {
                assertThat(loss.x(i)).isGreaterThanOrEqualTo(loss.x(i - 1));
            }
        }
        assertThat(drawnLow).isEqualTo(lowest);
        assertThat(drawnHigh).isEqualTo(highest);
        assertThat(loss.x(0)).isZero();
        assertThat(loss.x(loss.size() - 1)).isGreaterThan(29_000);
    }

    @Test
    void aShortRunIsDrawnStepByStep() {
        TrainingSnapshot s = run(Task.CIRCLE, "relu", 700, 4);
        Series loss = TrainingHistoryFigure.build(s).panels().get(0).series().get(0);
        for (int i = 0; i < loss.size(); i++) {
            int step = (int) loss.x(i);
            int next = Math.min(step + 1, s.step());
            assertThat(loss.y(i)).as("step %d", step).isBetween(Math.min(s.history().loss(step), s.history().loss(next)),
                    Math.max(s.history().loss(step), s.history().loss(next)));
        }
        assertThat(loss.size()).isLessThanOrEqualTo(2 * TrainingHistoryFigure.MAX_POINTS);
    }
}
