package org.activationlab.plot.studies;

import java.util.List;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Numbers;
import org.activationlab.nn.neuron.AffineMap;
import org.activationlab.nn.neuron.LinearStack;
import org.activationlab.plot.Axis;
import org.activationlab.plot.Dash;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Ink;
import org.activationlab.plot.Legend;
import org.activationlab.plot.LegendEntry;
import org.activationlab.plot.LineStyle;
import org.activationlab.plot.Panel;
import org.activationlab.plot.Scale;
import org.activationlab.plot.Series;
import org.activationlab.plot.Text;
import org.activationlab.plot.PlotTexts;

/**
 * Linear collapse (source text, section 1): a stack of layers with one input, drawn twice over
 * x in [-4, 4]. Above, with the identity between layers, it lies exactly on the one line its
 * composed weights give (the line is drawn dashed over it, and its formula is shown); below,
 * the same weights with a non-linear activation bend away from that line.
 */
public final class CollapseFigure {
    /** x runs over multiples of 1/64 in [-X_RANGE, X_RANGE], where the composition is exact. */
    static final double X_RANGE = 4;
    static final int POINTS = 513;

    private CollapseFigure() {
    }

    /** The composed map as LaTeX: {@code y = 1.25\,x - 0.5}. */
    static String formula(AffineMap map) {
        double b = map.bias();
        return "y = " + Numbers.format(map.weights()[0]) + "\\,x " + (b < 0 ? "- " : "+ ") + Numbers.format(Math.abs(b));
    }

    /**
     * @throws IllegalArgumentException if the stack does not take exactly one input
     */
    public static Figure build(LinearStack stack, Activation nonLinear) {
        if (stack.inputs() != 1) {
            throw new IllegalArgumentException("the collapse figure draws stacks with one input, got " + stack.inputs());
        }
        Activation identity = Catalogue.get("identity");
        AffineMap map = stack.compose();
        double[] xs = new double[POINTS];
        double[] linear = new double[POINTS];
        double[] composed = new double[POINTS];
        double[] bent = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            xs[i] = -X_RANGE + 2 * X_RANGE * i / (POINTS - 1);
            linear[i] = stack.evaluate(identity, xs[i]);
            composed[i] = map.apply(xs[i]);
            bent[i] = stack.evaluate(nonLinear, xs[i]);
        }
        LineStyle stackStyle = LineStyle.solid(Ink.series(0), 4f).withOpacity(0.5f);
        LineStyle lineStyle = LineStyle.solid(Ink.series(1), 1.5f).withDash(Dash.DASHED);
        LineStyle bentStyle = LineStyle.solid(Ink.series(2), 2.5f);
        String layers = PlotTexts.format(stack.layers() == 1 ? "collapse.oneLayer" : "collapse.layers", stack.layers());
        LegendEntry mapEntry = LegendEntry.line(PlotTexts.plain("collapse.linearMap"), lineStyle)
                .withFormula(Text.latex(formula(map)));
        Text identityLabel = Text.plain(PlotTexts.format("collapse.stack", layers,
                identity.info().displayName()));
        Text bentLabel = Text.plain(PlotTexts.format("collapse.stack", layers, Describe.activation(nonLinear)));
        Panel top = Panel.builder(AutoRange.linear(Text.plain("y"), linear))
                .add(new Series("identity_stack", identityLabel, xs, linear, stackStyle))
                .add(new Series("composed", PlotTexts.plain("collapse.linearMap"), xs, composed, lineStyle))
                .legend(Legend.auto(List.of(LegendEntry.line(identityLabel, stackStyle), mapEntry)))
                .build();
        Panel bottom = Panel.builder(AutoRange.linear(Text.plain("y"), bent, composed))
                .add(new Series("composed_reference", PlotTexts.plain("collapse.mapAbove"), xs, composed,
                        lineStyle.withOpacity(0.5f)))
                .add(new Series("nonlinear_stack", bentLabel, xs, bent, bentStyle))
                .legend(Legend.auto(List.of(LegendEntry.line(bentLabel, bentStyle),
                        LegendEntry.line(PlotTexts.plain("collapse.mapAbove"), lineStyle.withOpacity(0.5f)))))
                .build();
        Axis x = new Axis(Text.latex("x"), -X_RANGE, X_RANGE, Scale.LINEAR);
        return new Figure(Text.plain(PlotTexts.format("collapse.title", layers)), x, List.of(top, bottom), "");
    }
}
