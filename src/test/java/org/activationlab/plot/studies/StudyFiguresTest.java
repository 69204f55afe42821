package org.activationlab.plot.studies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.Histogram;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.BornDead;
import org.activationlab.nn.depth.BornDeadConfig;
import org.activationlab.nn.depth.BornDeadCurve;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.nn.depth.DepthResult;
import org.activationlab.nn.depth.DepthStudy;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.nn.neuron.AffineMap;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.nn.neuron.LinearStack;
import org.activationlab.nn.neuron.LogicPreset;
import org.activationlab.nn.neuron.LstmGate;
import org.activationlab.nn.neuron.Neuron;
import org.activationlab.plot.Figure;
import org.activationlab.plot.HeatMap;
import org.activationlab.plot.Marker;
import org.activationlab.plot.Panel;
import org.activationlab.plot.PlotItem;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.SeriesTable;
import org.junit.jupiter.api.Test;

/** The figures of the Neuron, Depth and Gates views, as data. */
class StudyFiguresTest {

    private static Series series(Panel panel, String name) {
        return panel.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static <T extends PlotItem> List<T> items(Panel panel, Class<T> type) {
        return panel.items().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void depthFigureHasViolinsStdsMeansAndUnitHealthPerLayer() {
        DepthConfig c = new DepthConfig(Catalogue.get("tanh"), WeightInit.NORMAL, 0.05, 12, 20, BatchNormMode.OFF, 1);
        DepthResult r = DepthStudy.run(c);
        Figure f = DepthFigure.build(r);
        assertThat(f.panels()).hasSize(4);
        assertThat(f.title().content()).isEqualTo("Tanh, N(0, 0.05²) weights, 12 layers of 20 units, batch norm off, seed 1");
        assertThat(f.xAxis().min()).isEqualTo(0.5);
        assertThat(f.xAxis().max()).isEqualTo(12.5);
        Panel violins = f.panels().get(0);
        assertThat(violins.series()).hasSize(12);
        Series third = series(violins, "violin:3");
        Histogram h = r.layer(3).activations();
        double widest = 0;
        for (int i = 0; i < third.size(); i++) {
            widest = Math.max(widest, third.x(i) - 3);
            assertThat(third.y(i)).isBetween(h.lower(), h.upper());
        }
        assertThat(widest).isCloseTo(DepthFigure.VIOLIN_HALF_WIDTH, org.assertj.core.data.Offset.offset(1e-12));
        Panel stds = f.panels().get(1);
        assertThat(stds.yAxis().scale()).isEqualTo(Scale.LOG);
        assertThat(series(stds, "grad_std").ys()).containsExactly(r.layers().stream()
                .mapToDouble(s -> s.gradientStd()).toArray());
        assertThat(series(f.panels().get(3), "dead").ys()).containsOnly(0.0);
        assertThat(f.caption()).isEmpty();
    }

    /** Issue 16, 4.12: the caption says at which layer values overflow, instead of leaving it to "dead". */
    @Test
    void depthFigureSaysWhereValuesOverflow() {
        DepthResult r = DepthStudy.run(new DepthConfig(Catalogue.get("relu"), WeightInit.NORMAL, 1e30, 20, 20,
                BatchNormMode.OFF, 1));
        int first = r.layers().stream().filter(s -> s.nonFiniteFraction() > 0).findFirst().orElseThrow().layer();
        assertThat(DepthFigure.build(r).caption()).startsWith("Values overflow from layer " + first + " on: layer ")
                .endsWith("% of its outputs NaN or infinite.");
    }

    @Test
    void depthTableHasTheCommandLineColumns() {
        DepthResult r = DepthStudy.run(new DepthConfig(Catalogue.get("relu"), WeightInit.HE, 0, 3, 10,
                BatchNormMode.AFTER, 4));
        SeriesTable t = DepthFigure.table(r);
        assertThat(String.join(",", t.headers()))
                .isEqualTo("layer,preact_mean,preact_std,act_mean,act_std,grad_std,saturated,dead");
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.value(2, 0)).isEqualTo(3.0);
        assertThat(t.value(1, 5)).isEqualTo(r.layer(2).gradientStd());
    }

    @Test
    void bornDeadFigureShowsTheExactCurveOnlyForWidthOne() {
        BornDeadCurve one = BornDead.estimate(new BornDeadConfig(1, 10, 500, 1));
        Panel p1 = BornDeadFigure.build(one).panels().get(0);
        assertThat(p1.series()).extracting(Series::name).contains("probability", "upper", "lower", "exact");
        assertThat(series(p1, "exact").y(3)).isEqualTo(1 - Math.pow(2, -3));
        assertThat(series(p1, "probability").y(3)).isEqualTo(one.probability(4));
        Panel p2 = BornDeadFigure.build(BornDead.estimate(new BornDeadConfig(2, 10, 500, 1))).panels().get(0);
        assertThat(p2.series()).extracting(Series::name).doesNotContain("exact");
        assertThat(BornDeadFigure.table(one).headers()).containsExactly("depth", "probability", "standard_error");
    }

    @Test
    void neuronCurveMarksTheFourInputsOnTheActivation() {
        Neuron and = LogicPreset.AND.neuron(Catalogue.get("sigmoid"));
        Figure f = NeuronFigures.curve(and);
        Panel p = f.panels().get(0);
        List<Marker> markers = items(p, Marker.class);
        assertThat(markers).extracting(Marker::x).containsExactly(-30.0, -10.0, 10.0);
        assertThat(markers.get(2).y()).isEqualTo(Catalogue.get("sigmoid").value(10));
        assertThat(f.xAxis().min()).isEqualTo(-34.5);
        assertThat(f.title().content()).isEqualTo("Sigmoid neuron: b = -30, w1 = 20, w2 = 20");
    }

    @Test
    void neuronPlaneColoursTheOutputAndDrawsTheDecisionLine() {
        Neuron and = LogicPreset.AND.neuron(Catalogue.get("sigmoid"));
        Panel p = NeuronFigures.plane(and).panels().get(0);
        HeatMap map = items(p, HeatMap.class).get(0);
        int cells = NeuronFigures.PLANE_CELLS;
        double step = (NeuronFigures.PLANE_MAX - NeuronFigures.PLANE_MIN) / cells;
        assertThat(map.value(cells - 1, cells - 1)).isEqualTo(and.output(NeuronFigures.PLANE_MAX - step / 2,
                NeuronFigures.PLANE_MAX - step / 2));
        Series line = series(p, "decision");
        for (int i = 0; i < line.size(); i++) {
            assertThat(Math.abs(and.preActivation(line.x(i), line.y(i)))).isLessThan(1e-12);
        }
        assertThat(items(p, Marker.class)).extracting(Marker::shape).containsExactly(Marker.Shape.SQUARE,
                Marker.Shape.SQUARE, Marker.Shape.SQUARE, Marker.Shape.CIRCLE);
    }

    @Test
    void collapseFigureDrawsTheStackOnItsComposedLineExactly() {
        LinearStack stack = LinearStack.random(1, 3, 4, 9);
        Figure f = CollapseFigure.build(stack, Catalogue.get("tanh"));
        Series identity = series(f.panels().get(0), "identity_stack");
        Series composed = series(f.panels().get(0), "composed");
        assertThat(identity.ys()).containsExactly(composed.ys());
        AffineMap map = stack.compose();
        assertThat(composed.y(0)).isEqualTo(map.apply(-4));
        Series bent = series(f.panels().get(1), "nonlinear_stack");
        assertThat(bent.y(100)).isEqualTo(stack.evaluate(Catalogue.get("tanh"), bent.x(100)));
        assertThatThrownBy(() -> CollapseFigure.build(LinearStack.random(2, 3, 2, 1), Catalogue.get("tanh")))
                .hasMessage("the collapse figure draws stacks with one input, got 2");
    }

    @Test
    void gateFiguresShowEveryGateFunction() {
        Figure passing = GateFigures.passing(1, 0.5, GateFunction.TANH);
        assertThat(passing.panels()).hasSize(2);
        Series sigmoidPassed = series(passing.panels().get(1), "passed:sigmoid");
        int middle = sigmoidPassed.size() / 2;
        assertThat(sigmoidPassed.y(middle)).isEqualTo(LstmGate.read(GateFunction.SIGMOID, 0, 0.5).passed());
        assertThat(items(passing.panels().get(0), Marker.class)).hasSize(3);
        Figure cell = GateFigures.cellState(2, 1, 1, GateFunction.RELU, 20);
        assertThat(cell.panels()).hasSize(3);
        assertThat(cell.panels().get(0).series().get(0).name()).isEqualTo("cell:relu");
        assertThat(cell.panels().get(0).series().get(0).ys())
                .containsExactly(LstmGate.cellState(GateFunction.RELU, 2, 1, 1, 20));
    }
}
