package org.activationlab.plot.studies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.Jumps;
import org.activationlab.model.Numbers;
import org.activationlab.nn.neuron.Neuron;
import org.activationlab.plot.Anchor;
import org.activationlab.plot.Axis;
import org.activationlab.plot.ColourScale;
import org.activationlab.plot.Dash;
import org.activationlab.plot.Figure;
import org.activationlab.plot.HeatMap;
import org.activationlab.plot.Ink;
import org.activationlab.plot.LineStyle;
import org.activationlab.plot.Marker;
import org.activationlab.plot.Panel;
import org.activationlab.plot.ReferenceLine;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.Text;
import org.activationlab.plot.TextNote;
import org.activationlab.plot.PlotTexts;

/**
 * The two pictures of one neuron (source text, section 2): its activation with the four inputs'
 * z marked on it, and the (x1, x2) plane coloured by the output with the decision line z = 0.
 */
public final class NeuronFigures {
    /** The plane shown around the unit square. */
    public static final double PLANE_MIN = -0.5;
    public static final double PLANE_MAX = 1.5;
    /** Heat-map cells across and up. */
    static final int PLANE_CELLS = 161;
    /** Samples of the activation curve. */
    static final int CURVE_POINTS = 1201;
    /** The smallest half-width of the z axis. */
    static final double MIN_Z_RANGE = 10;

    private NeuronFigures() {
    }

    /** g(z) over a z range that holds the four inputs' z, each marked and labelled with its inputs. */
    public static Figure curve(Neuron neuron) {
        List<Neuron.TruthRow> rows = neuron.truthTable();
        double reach = MIN_Z_RANGE;
        for (Neuron.TruthRow r : rows) {
            reach = Math.max(reach, 1.15 * Math.abs(r.z()));
        }
        Activation g = neuron.activation();
        double[] zs = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            zs[i] = -reach + 2 * reach * i / (CURVE_POINTS - 1);
        }
        double[] values = new double[CURVE_POINTS];
        g.fill(zs, values, null);
        Axis y = withHeadroom(AutoRange.linear(Text.latex("g(z)"), values));
        LineStyle threshold = LineStyle.solid(Ink.Role.MUTED, 1f).withDash(Dash.DASHED);
        Panel.Builder panel = Panel.builder(y)
                .add(ReferenceLine.vertical(0, threshold))
                .add(new Series("g", Text.plain(Describe.activation(g)), zs, values,
                        LineStyle.solid(Ink.series(0), 2.5f)).withJumps(Jumps.inValue(g)));
        for (Map.Entry<Double, String> point : inputsByZ(rows).entrySet()) {
            double z = point.getKey();
            double out = g.value(z);
            if (Double.isFinite(out)) {
                panel.add(new Marker(z, out, Marker.Shape.CIRCLE, 9, Ink.series(1), Text.NONE));
                panel.add(new TextNote(z, out, TextNote.Placement.DATA, Anchor.BOTTOM_LEFT,
                        Text.plain(point.getValue()), Ink.Role.FOREGROUND, true));
            }
        }
        // The threshold's label comes after the points' labels, so that it is the one that moves
        // aside (to the other side of the line, or lower) where the plot is too small for all of them.
        panel.add(new TextNote(0, y.max() - 0.02 * (y.max() - y.min()), TextNote.Placement.DATA, Anchor.TOP_LEFT,
                Text.plain(" z = 0"), Ink.Role.MUTED, false));
        Axis x = new Axis(Text.latex("z = b + w_1 x_1 + w_2 x_2"), -reach, reach, Scale.LINEAR);
        return new Figure(Text.plain(title(neuron)), x, List.of(panel.build()), "");
    }

    /** The inputs at each distinct z, e.g. -10 -> "(0,1) (1,0)". */
    private static Map<Double, String> inputsByZ(List<Neuron.TruthRow> rows) {
        Map<Double, String> labels = new LinkedHashMap<>();
        for (Neuron.TruthRow r : rows) {
            String input = "(" + r.x1() + "," + r.x2() + ")";
            labels.merge(r.z(), input, (a, b) -> a + " " + b);
        }
        return labels;
    }

    /** The output over [-0.5, 1.5]^2 as a heat map, the decision line, and the four inputs read as 0 or 1. */
    public static Figure plane(Neuron neuron) {
        double[] values = new double[PLANE_CELLS * PLANE_CELLS];
        double step = (PLANE_MAX - PLANE_MIN) / PLANE_CELLS;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < PLANE_CELLS; row++) {
            double x2 = PLANE_MIN + (row + 0.5) * step;
            for (int column = 0; column < PLANE_CELLS; column++) {
                double v = neuron.output(PLANE_MIN + (column + 0.5) * step, x2);
                values[row * PLANE_CELLS + column] = v;
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(lo < hi)) {
            double centre = lo <= hi ? lo : 0;
            lo = centre - 0.5;
            hi = centre + 0.5;
        }
        Axis y = new Axis(Text.latex("x_2"), PLANE_MIN, PLANE_MAX, Scale.LINEAR);
        Panel.Builder panel = Panel.builder(y).add(new HeatMap(PLANE_MIN, PLANE_MAX, PLANE_MIN, PLANE_MAX, PLANE_CELLS,
                PLANE_CELLS, values, ColourScale.VIRIDIS, lo, hi, true, Text.latex("g(z)")));
        neuron.decisionLine(PLANE_MIN, PLANE_MAX).ifPresent(s -> panel.add(new Series("decision",
                Text.plain("z = 0"), new double[] {s.x1Start(), s.x1End()}, new double[] {s.x2Start(), s.x2End()},
                LineStyle.solid(Ink.Role.FOREGROUND, 2.5f))));
        for (Neuron.TruthRow r : neuron.truthTable()) {
            panel.add(new Marker(r.x1(), r.x2(), r.fires() ? Marker.Shape.CIRCLE : Marker.Shape.SQUARE, 11,
                    r.fires() ? Ink.Role.FOREGROUND : Ink.Role.BACKGROUND, Text.NONE));
            panel.add(new TextNote(r.x1() + 0.04, r.x2() + 0.04, TextNote.Placement.DATA, Anchor.BOTTOM_LEFT,
                    Text.plain(r.fires() ? "1" : "0"), Ink.Role.FOREGROUND, true));
        }
        Axis x = new Axis(Text.latex("x_1"), PLANE_MIN, PLANE_MAX, Scale.LINEAR);
        return new Figure(PlotTexts.plain("neuron.planeTitle"), x, List.of(panel.build()), "");
    }

    /** The axis with 15% more room on top, for the labels above the markers. */
    private static Axis withHeadroom(Axis y) {
        return new Axis(y.label(), y.min(), y.max() + 0.15 * (y.max() - y.min()), y.scale());
    }

    /** E.g. "Sigmoid neuron: b = -30, w1 = 20, w2 = 20". */
    static String title(Neuron n) {
        return PlotTexts.format("neuron.title", Describe.activation(n.activation()), Numbers.format(n.bias()),
                Numbers.format(n.w1()), Numbers.format(n.w2()));
    }
}
