package org.activationlab.plot.shootout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.plot.Band;
import org.activationlab.plot.BoxPlot;
import org.activationlab.plot.BoxStatistics;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureLayout;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.PanelLayout;
import org.activationlab.plot.PlotItem;
import org.activationlab.plot.ReferenceLine;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.TextNote;
import org.activationlab.shootout.Contender;
import org.activationlab.shootout.Quantiles;
import org.activationlab.shootout.RunKey;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutTask;
import org.activationlab.shootout.ShootoutResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shoot-out's figures from a result made by hand: box statistics, censored and diverged runs, bands. */
class ShootoutFiguresTest {
    private static final int STEPS = 100;
    private static final double INF = Double.POSITIVE_INFINITY;

    /** relu and tanh on circle, 4 seeds, 100 steps. */
    private static final ShootoutPlan PLAN = new ShootoutPlan(
            List.of(Contender.of(ActivationSpec.of("relu")), Contender.of(ActivationSpec.of("tanh"))),
            ShootoutTask.builtIn(Task.CIRCLE), List.of(4), 60, STEPS, 4, List.of(0.1), Optional.empty(), OptimizerKind.GD,
            0, 0.9, 0);

    static Stream<Arguments> samples() {
        return Stream.of(
                // NumPy: np.percentile([1..9, 100], [25, 50, 75]) = 3.25, 5.5, 7.75; fence 14.5 leaves 100 out
                Arguments.of(new double[] {100, 1, 2, 3, 4, 5, 6, 7, 8, 9}, new double[] {3.25, 5.5, 7.75, 1, 9, 1}),
                Arguments.of(new double[] {7}, new double[] {7, 7, 7, 7, 7, 0}),
                Arguments.of(new double[] {-20, 0, 1, 2, 3}, new double[] {0, 1, 2, 0, 3, 1}),
                // runs that never reached the target count as +infinity: the box runs off the top, nothing is dropped
                Arguments.of(new double[] {10, 20, INF, INF}, new double[] {17.5, INF, INF, 10, INF, 0}));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theBoxHasTheQuartilesAndWhiskersOfTukeysRule(double[] values, double[] expected) {
        BoxStatistics s = BoxStatistics.of(values);
        assertThat(new double[] {s.q1(), s.median(), s.q3(), s.lowWhisker(), s.highWhisker(), s.outliers()})
                .containsExactly(expected, within(1e-12));
        assertThat(s.count()).isEqualTo(values.length);
    }

    @Test
    void aBoxRefusesNoValuesAndNan() {
        assertThatThrownBy(() -> BoxStatistics.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BoxStatistics.of(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** relu reaches the target at 10..40 steps; tanh at 50 with seed 1 only; tanh's seed 2 diverges. */
    private static ShootoutResult result(boolean complete) {
        List<RunResult> runs = new ArrayList<>();
        int points = PLAN.recordedSteps().length;
        for (int c = 0; c < 2; c++) {
            for (long seed = 1; seed <= 4; seed++) {
                RunKey key = PLAN.key(PLAN.index(c, 0, 0, seed));
                boolean diverged = c == 1 && seed == 2;
                double[] curve = new double[points];
                for (int k = 0; k < points; k++) {
                    curve[k] = diverged && k > 5 ? INF : 0.7 * Math.pow(c == 0 ? 0.95 : 0.98, k) * (1 + 0.1 * seed);
                }
                OptionalInt steps = c == 0 ? OptionalInt.of((int) (10 * seed))
                        : seed == 1 ? OptionalInt.of(50) : OptionalInt.empty();
                runs.add(new RunResult(key, curve[points - 1], diverged ? Double.NaN : 0.01 * seed * (c * 30 + 1),
                        0.9 - 0.01 * seed, steps, 0, 0.1 * seed, diverged ? OptionalInt.of(6) : OptionalInt.empty(),
                        curve, Double.NaN));
            }
        }
        return new ShootoutResult(PLAN, complete ? runs : runs.subList(0, 6), complete);
    }

    private static List<BoxPlot> boxes(Figure f) {
        return items(f, BoxPlot.class);
    }

    private static <T> List<T> items(Figure f, Class<T> type) {
        return f.panels().stream().flatMap(p -> p.items().stream()).filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> notes(Figure f) {
        return items(f, TextNote.class).stream().map(n -> n.text().content()).toList();
    }

    @Test
    void stepsToTargetCountsAndDrawsTheCensoredRunsAboveTheStepsRunLine() {
        Figure f = ShootoutFigures.distribution(result(true), 0, ShootoutFigure.STEPS_TO_TARGET, Contender::label);
        List<BoxPlot> boxes = boxes(f);
        assertThat(boxes).extracting(b -> b.label().content()).containsExactly("relu", "tanh");
        assertThat(boxes).allSatisfy(b -> assertThat(b.points()).hasSize(4));
        BoxPlot relu = boxes.get(0);
        assertThat(relu.count(BoxPlot.Kind.VALUE)).isEqualTo(4);
        assertThat(relu.statistics().median()).isEqualTo(25);
        assertThat(relu.statistics().q1()).isEqualTo(17.5);
        BoxPlot tanh = boxes.get(1);
        assertThat(tanh.count(BoxPlot.Kind.CENSORED)).isEqualTo(3);
        assertThat(tanh.statistics().count()).as("censored runs stay in the box").isEqualTo(4);
        assertThat(tanh.statistics().median()).isEqualTo(INF);
        assertThat(tanh.points()).filteredOn(p -> p.kind() == BoxPlot.Kind.CENSORED)
                .allSatisfy(p -> assertThat(p.y()).isGreaterThan(STEPS).isLessThan(f.panels().get(0).yAxis().max()));
        assertThat(items(f, ReferenceLine.class)).extracting(ReferenceLine::value).containsExactly((double) STEPS);
        assertThat(f.panels().get(0).yAxis().ticksUpTo()).as("no tick above the steps-run line").isEqualTo(STEPS);
        assertThat(notes(f)).contains("not reached: 3 of 4", "steps run: 100").noneMatch(n -> n.contains("0 of"));
        assertThat(f.xAxis().categories()).containsExactly("relu", "tanh");
    }

    @Test
    void aDivergedRunIsMarkedAtTheTopOfTheLossAxisAndCounted() {
        Figure f = ShootoutFigures.distribution(result(true), 0, ShootoutFigure.TEST_LOSS, Contender::label);
        BoxPlot tanh = boxes(f).get(1);
        assertThat(tanh.points()).hasSize(4);
        assertThat(tanh.count(BoxPlot.Kind.DIVERGED)).isEqualTo(1);
        assertThat(tanh.statistics().highWhisker()).isEqualTo(INF);
        double top = tanh.points().stream().filter(p -> p.kind() == BoxPlot.Kind.DIVERGED).findFirst().orElseThrow().y();
        assertThat(tanh.points()).filteredOn(p -> p.kind() == BoxPlot.Kind.VALUE)
                .allSatisfy(p -> assertThat(p.y()).isLessThan(top));
        assertThat(notes(f)).containsExactly("diverged: 1 of 4");
        assertThat(f.panels().get(0).yAxis().scale()).as("losses 0.01 to 1.24 span two decades").isEqualTo(Scale.LOG);
    }

    @Test
    void thePointsSpreadSidewaysByTheirSeedTheSameWayEveryTime() {
        Figure f = ShootoutFigures.distribution(result(true), 0, ShootoutFigure.TEST_ACCURACY, Contender::label);
        List<Double> xs = boxes(f).get(0).points().stream().map(BoxPlot.Point::x).toList();
        assertThat(xs).doesNotHaveDuplicates().allSatisfy(x -> assertThat(x).isBetween(1 - ShootoutFigures.SPREAD,
                1 + ShootoutFigures.SPREAD));
        assertThat(ShootoutFigures.distribution(result(true), 0, ShootoutFigure.TEST_ACCURACY, Contender::label)).isEqualTo(f);
    }

    @Test
    void theCurvesHaveAMedianLineOverAnInterquartileBandPerActivation() {
        ShootoutResult r = result(true);
        Figure f = ShootoutFigures.curves(r, 0, Contender::label);
        List<Band> bands = items(f, Band.class);
        List<Series> medians = items(f, Series.class);
        assertThat(bands).extracting(Band::name).containsExactly("iqr:relu", "iqr:tanh");
        assertThat(medians).extracting(Series::name).containsExactly("median:relu", "median:tanh");
        int last = PLAN.recordedSteps().length - 1;
        double[] atEnd = r.selected(0, 0).stream().mapToDouble(run -> run.curve()[last]).toArray();
        double[] q = Quantiles.quartiles(atEnd);
        assertThat(bands.get(0).lows()[last]).isEqualTo(q[0]);
        assertThat(medians.get(0).y(last)).isEqualTo(q[1]);
        assertThat(bands.get(0).highs()[last]).isEqualTo(q[2]);
        assertThat(bands.get(1).highs()[last]).as("the diverged run lifts tanh's upper quartile").isEqualTo(INF);
        assertThat(f.panels().get(0).legend().entries()).extracting(e -> e.label().content())
                .containsExactly("relu", "tanh", "interquartile range");
        assertThat(medians.get(0).xs()).containsExactly(Arrays.stream(PLAN.recordedSteps()).asDoubleStream().toArray());
    }

    @Test
    void aPartialResultSaysHowManyRunsAreInAndLeavesNoActivationOut() {
        Figure f = ShootoutFigures.distribution(result(false), 0, ShootoutFigure.TEST_ACCURACY, Contender::label);
        assertThat(f.title().content()).endsWith("(6 of 8 runs)");
        assertThat(boxes(f)).extracting(b -> b.points().size()).containsExactly(4, 2);
        assertThat(f.xAxis().categories()).containsExactly("relu", "tanh");
    }

    @Test
    void theOverviewStacksEveryDistributionOfEveryTask() {
        Figure f = ShootoutFigures.overview(result(true));
        assertThat(f.panels()).hasSize(ShootoutFigures.overviewPanels(PLAN)).hasSize(4);
        assertThat(f.panels()).extracting(p -> p.yAxis().label().content()).containsExactly("circle: Test loss",
                "circle: Test accuracy", "circle: Steps to the target accuracy", "circle: Dead or saturated units (share)");
        assertThat(boxes(f)).hasSize(8);
    }

    @Test
    void theRendererDrawsEachBoxInItsActivationsColourAndTheNamesUnderThem() {
        Figure f = ShootoutFigures.distribution(result(true), 0, ShootoutFigure.DEAD_OR_SATURATED, Contender::label);
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        FigureLayout layout = FigureRenderer.render(f, g, 600, 400, RenderOptions.DEFAULT);
        g.dispose();
        PanelLayout panel = layout.panels().get(0);
        for (BoxPlot box : boxes(f)) {
            int x = (int) Math.round(panel.x().toPixel(box.x() + ShootoutFigures.HALF_WIDTH * 0.9));
            int y = (int) Math.round(panel.y().toPixel((box.statistics().q1() + box.statistics().median()) / 2));
            assertThat(new Color(image.getRGB(x, y))).as(box.name()).isNotEqualTo(Color.WHITE);
        }
        assertThat(layout.texts()).extracting(t -> t.text()).contains("relu", "tanh", "Activation");
    }
}
