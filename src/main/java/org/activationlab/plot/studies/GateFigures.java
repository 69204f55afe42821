package org.activationlab.plot.studies;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.model.Numbers;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.nn.neuron.LstmGate;
import org.activationlab.plot.Axis;
import org.activationlab.plot.Dash;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Ink;
import org.activationlab.plot.Legend;
import org.activationlab.plot.LegendEntry;
import org.activationlab.plot.LineStyle;
import org.activationlab.plot.Marker;
import org.activationlab.plot.Panel;
import org.activationlab.plot.ReferenceLine;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.Text;
import org.activationlab.plot.PlotTexts;

/**
 * Why LSTM gates use the sigmoid (source text, section 5): what passes a gate for each gate
 * function, and what the cell state does over time when its forget gate uses each of them.
 */
public final class GateFigures {
    /** The gate pre-activations shown. */
    public static final double GATE_RANGE = 6;
    static final int POINTS = 481;
    private static final LineStyle GUIDE = LineStyle.solid(Ink.Role.MUTED, 1f).withDash(Dash.DASHED);

    private GateFigures() {
    }

    /**
     * Above, the gate value g(a) of each gate function; below, what passes, g(a) tanh(c); the
     * current a marked on each curve and the chosen function drawn boldest.
     */
    public static Figure passing(double gatePre, double candidatePre, GateFunction chosen) {
        double[] as = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            as[i] = -GATE_RANGE + 2 * GATE_RANGE * i / (POINTS - 1);
        }
        double candidate = Math.tanh(candidatePre);
        Panel.Builder gates = Panel.builder(new Axis(Text.latex("g(a)"), -1.2, 2.2, Scale.LINEAR)).weight(1)
                .add(ReferenceLine.horizontal(0, GUIDE))
                .add(ReferenceLine.horizontal(1, GUIDE));
        double[] passedAll = new double[0];
        List<Series> passedSeries = new ArrayList<>();
        List<Marker> passedMarkers = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        for (GateFunction f : GateFunction.values()) {
            int colour = f.ordinal();
            LineStyle style = LineStyle.solid(Ink.series(colour), f == chosen ? 3f : 1.5f)
                    .withOpacity(f == chosen ? 1f : 0.7f);
            double[] g = new double[POINTS];
            double[] passed = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                g[i] = f.gate(as[i]);
                passed[i] = LstmGate.read(f, as[i], candidatePre).passed();
            }
            gates.add(new Series("gate:" + f.activation().name(), Text.plain(label(f)), as, g, style));
            gates.add(new Marker(gatePre, f.gate(gatePre), Marker.Shape.CIRCLE, f == chosen ? 10 : 7,
                    Ink.series(colour), Text.NONE));
            passedSeries.add(new Series("passed:" + f.activation().name(), Text.plain(label(f)), as, passed, style));
            LstmGate.Reading reading = LstmGate.read(f, gatePre, candidatePre);
            passedMarkers.add(new Marker(gatePre, reading.passed(), Marker.Shape.CIRCLE, f == chosen ? 10 : 7,
                    Ink.series(colour), f == chosen ? Text.plain(Numbers.format(round(reading.passed()))) : Text.NONE));
            passedAll = concat(passedAll, passed);
            legend.add(LegendEntry.line(Text.plain(label(f)), style));
        }
        Panel.Builder through = Panel.builder(AutoRange.linear(Text.latex("g(a)\\,\\tanh(c)"), passedAll,
                        new double[] {candidate, -Math.abs(candidate)}))
                .weight(1.3)
                .add(ReferenceLine.horizontal(0, GUIDE))
                .add(ReferenceLine.horizontal(candidate, LineStyle.solid(Ink.Role.FOREGROUND, 1f).withDash(Dash.DOTTED)));
        through.addAll(passedSeries).addAll(passedMarkers);
        legend.add(LegendEntry.line(Text.plain(PlotTexts.format("gates.candidate", Numbers.format(round(candidate)))),
                LineStyle.solid(Ink.Role.FOREGROUND, 1f).withDash(Dash.DOTTED)));
        Axis x = new Axis(PlotTexts.plain("gates.preactivation"), -GATE_RANGE, GATE_RANGE, Scale.LINEAR);
        String title = PlotTexts.format("gates.passTitle", Numbers.format(gatePre), Numbers.format(candidatePre));
        return new Figure(Text.plain(title), x, List.of(gates.legend(Legend.auto(legend)).build(), through.build()),
                "");
    }

    /**
     * The cell state c(t) = f c(t-1) + i tanh(c) from c(0) = 0 for each gate function, one panel
     * each (their scales differ by orders of magnitude), the chosen one first.
     */
    public static Figure cellState(double forgetPre, double inputPre, double candidatePre, GateFunction chosen,
                                   int steps) {
        List<Panel> panels = new ArrayList<>();
        List<GateFunction> order = new ArrayList<>(List.of(GateFunction.values()));
        order.remove(chosen);
        order.add(0, chosen);
        double[] ts = new double[steps + 1];
        for (int t = 0; t <= steps; t++) {
            ts[t] = t;
        }
        for (GateFunction f : order) {
            double[] c = LstmGate.cellState(f, forgetPre, inputPre, candidatePre, steps);
            LineStyle style = LineStyle.solid(Ink.series(f.ordinal()), f == chosen ? 2.5f : 1.8f);
            String forget = "f = " + Numbers.format(round(f.gate(forgetPre)));
            panels.add(Panel.builder(AutoRange.linear(Text.plain(PlotTexts.format("gates.cellAxis", f.activation().name())), c,
                            new double[] {0}))
                    .add(ReferenceLine.horizontal(0, GUIDE))
                    .add(new Series("cell:" + f.activation().name(), Text.plain(label(f) + ", " + forget), ts, c, style))
                    .legend(Legend.auto(List.of(LegendEntry.line(Text.plain(PlotTexts.format("gates.cellLegend", label(f), forget)), style))))
                    .build());
        }
        Axis x = new Axis(PlotTexts.plain("gates.step"), 0, steps, Scale.LINEAR);
        String title = PlotTexts.format("gates.cellTitle", Numbers.format(forgetPre), Numbers.format(inputPre),
                Numbers.format(candidatePre));
        return new Figure(Text.plain(title), x, panels, "");
    }

    private static String label(GateFunction f) {
        return f.activation().info().displayName() + " " + f.range();
    }

    /** Four significant digits, for labels. */
    private static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 3 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
