package org.activationlab.plot.curves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.activationlab.model.Activation;
import org.activationlab.model.Numbers;
import org.activationlab.plot.SeriesTable;

/**
 * The functions of a curves figure sampled on one shared grid.
 *
 * <p>Each curve has a column name: the function's catalogue name ({@code sigmoid}), or, when the
 * same function appears more than once, the name with its parameters in brackets
 * ({@code leaky_relu[slope=0.1]}), and {@code #2}, {@code #3} on exact repeats.
 */
public final class CurveSet {
    private final double[] xs;
    private final List<SampledCurve> curves;
    private final List<String> names;

    CurveSet(double[] xs, List<SampledCurve> curves) {
        this.xs = xs;
        this.curves = List.copyOf(curves);
        this.names = columnNames(this.curves);
    }

    /** A copy of the shared sample positions. */
    public double[] xs() {
        return xs.clone();
    }

    /** One curve per function, in the settings' order. */
    public List<SampledCurve> curves() {
        return curves;
    }

    /** The column name of each curve, in order. */
    public List<String> names() {
        return names;
    }

    /**
     * The samples as a table for CSV: column {@code x}, then for each function {@code NAME} (f),
     * {@code dNAME} (f') and, when {@code depth} &gt; 1, {@code |dNAME|^depth} (|f'|^depth).
     */
    public SeriesTable table(int depth) {
        List<String> headers = new ArrayList<>(List.of("x"));
        List<double[]> columns = new ArrayList<>(List.of(xs));
        for (int i = 0; i < curves.size(); i++) {
            SampledCurve c = curves.get(i);
            String name = names.get(i);
            headers.add(name);
            columns.add(c.rawValues());
            headers.add("d" + name);
            columns.add(c.rawDerivatives());
            if (depth > 1) {
                headers.add("|d" + name + "|^" + depth);
                columns.add(c.derivativePower(depth));
            }
        }
        return new SeriesTable(headers, columns);
    }

    private static List<String> columnNames(List<SampledCurve> curves) {
        Map<String, Integer> perName = new HashMap<>();
        for (SampledCurve c : curves) {
            perName.merge(c.function().activation().name(), 1, Integer::sum);
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SampledCurve c : curves) {
            Activation a = c.function().activation();
            String name = perName.get(a.name()) > 1 ? withParameters(a) : a.name();
            int repeat = seen.merge(name, 1, Integer::sum);
            names.add(repeat > 1 ? name + "#" + repeat : name);
        }
        return List.copyOf(names);
    }

    private static String withParameters(Activation a) {
        if (a.parameterValues().isEmpty()) {
            return a.name();
        }
        StringJoiner j = new StringJoiner(";", a.name() + "[", "]");
        a.parameterValues().forEach((k, v) -> j.add(k + "=" + Numbers.format(v)));
        return j.toString();
    }
}
