package org.activationlab.ui.curves;

import java.util.List;
import org.activationlab.plot.curves.PlotFunction;

/**
 * What the hover readout shows at one x: f(x) and f'(x) of every plotted function, computed
 * exactly at x (not read off the samples), and |f'(x)|^n when the lower panel shows depth n.
 *
 * @param x the position under the mouse
 * @param depth n; the rows' {@code derivativePower} is |f'(x)|^n
 * @param rows one per plotted function, in plot order
 */
public record HoverReadout(double x, int depth, List<Row> rows) {

    public HoverReadout {
        rows = List.copyOf(rows);
    }

    /**
     * One function's values at x.
     *
     * @param function the function and its colour
     * @param value f(x)
     * @param derivative f'(x)
     * @param derivativePower |f'(x)|^depth
     */
    public record Row(PlotFunction function, double value, double derivative, double derivativePower) {
    }

    /** The readout at {@code x} of the functions {@code state} plots. */
    public static HoverReadout at(CurvesState state, double x) {
        int n = state.depth();
        List<Row> rows = state.plottedFunctions().stream().map(f -> {
            double d = f.activation().derivative(x);
            return new Row(f, f.activation().value(x), d, Math.pow(Math.abs(d), n));
        }).toList();
        return new HoverReadout(x, n, rows);
    }
}
