package org.activationlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.Interval;
import org.activationlab.model.Numbers;
import org.activationlab.model.PropertyAnalyzer;

/** The properties of one function as a two-column text table or as a JSON object. */
final class PropertiesReport {
    /** Significant digits for computed bounds (range ends, region ends). */
    static final int DIGITS = 5;
    /** Significant digits for the measured relative cost. */
    private static final int COST_DIGITS = 2;

    private PropertiesReport() {
    }

    /** The rows of the text table, label to value, in display order. */
    static Map<String, String> rows(ActivationProperties p) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("function", p.activation().name() + " (" + p.activation().info().displayName() + ")");
        rows.put("formula", p.activation().info().formulaText());
        rows.put("parameters", parameters(p.activation().parameterValues()));
        rows.put("range", p.describeRange(DIGITS));
        rows.put("bounded", bounded(p));
        rows.put("monotonic", (p.monotonicity().isMonotonic() ? "yes, " : "no, ") + p.monotonicity());
        rows.put("f(0)", Numbers.format(p.valueAtZero()));
        rows.put("f'(0)", Numbers.format(p.slopeAtZero()));
        rows.put("near identity", yesNo(p.nearIdentity()) + " (needs f(0) = 0 and f'(0) = 1)");
        rows.put("zero-centred", yesNo(p.zeroCentred()) + " (needs E[f(Z)] = 0 for standard-normal Z)");
        rows.put("saturation", conditions(p.saturation()) + " (where |f'| < " + Numbers.format(PropertyAnalyzer.SATURATION_SLOPE) + ")");
        rows.put("dead regions", conditions(p.deadRegions()) + " (where f' = 0)");
        rows.put("kinks", p.kinks().isEmpty() ? "none" : "x = " + String.join(", ", p.kinks().stream().map(Numbers::format).toList()));
        rows.put("smoothness", p.smoothness().toString());
        rows.put("parameter count", Integer.toString(p.parameterCount()));
        rows.put("relative cost", Numbers.format(p.relativeCost(), COST_DIGITS) + " x relu (measured, value and derivative)");
        return rows;
    }

    /** The rows as aligned text, one per line. */
    static String text(ActivationProperties p) {
        Map<String, String> rows = rows(p);
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder text = new StringBuilder();
        rows.forEach((label, value) -> text.append(String.format("%-" + width + "s  %s%n", label, value)));
        return text.toString();
    }

    /** The properties as a record that Jackson writes as the JSON object of {@code properties --json}. */
    static PropertiesEntry json(ActivationProperties p) {
        return new PropertiesEntry(p.activation().name(), p.activation().parameterValues(), interval(p.range()),
                p.discreteValues(), p.boundedBelow(), p.boundedAbove(), p.monotonicity().toString(),
                p.monotonicity().isMonotonic(), p.valueAtZero(), p.slopeAtZero(), p.nearIdentity(), p.zeroCentred(),
                PropertyAnalyzer.SATURATION_SLOPE, intervals(p.saturation()), intervals(p.deadRegions()), p.kinks(),
                p.smoothness().toString(), p.parameterCount(), p.relativeCost());
    }

    private static String parameters(Map<String, Double> values) {
        if (values.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        values.forEach((key, value) -> parts.add(key + "=" + Numbers.format(value)));
        return String.join(", ", parts);
    }

    private static String bounded(ActivationProperties p) {
        if (p.boundedBelow() && p.boundedAbove()) {
            return "below and above";
        }
        if (p.boundedBelow()) {
            return "below only";
        }
        return p.boundedAbove() ? "above only" : "neither";
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String conditions(List<Interval> regions) {
        return regions.isEmpty() ? "none"
                : String.join(", ", regions.stream().map(r -> r.asCondition(DIGITS)).toList());
    }

    private static IntervalEntry interval(Interval i) {
        return new IntervalEntry(Json.finiteOrNull(i.lower()), i.lowerClosed(), Json.finiteOrNull(i.upper()),
                i.upperClosed(), i.format(DIGITS));
    }

    private static List<IntervalEntry> intervals(List<Interval> list) {
        return list.stream().map(PropertiesReport::interval).toList();
    }

    /** An interval in JSON: null ends are infinite; text is rounded for people. */
    record IntervalEntry(Double lower, boolean lowerClosed, Double upper, boolean upperClosed, String text) {
    }

    /** The JSON object of {@code properties --json}. */
    record PropertiesEntry(String function, Map<String, Double> parameters, IntervalEntry range,
                           List<Double> values, boolean boundedBelow, boolean boundedAbove, String monotonicity,
                           boolean monotonic, double valueAtZero, double slopeAtZero, boolean nearIdentity,
                           boolean zeroCentred, double saturationSlope, List<IntervalEntry> saturation,
                           List<IntervalEntry> deadRegions, List<Double> kinks, String smoothness,
                           int parameterCount, double relativeCost) {
    }
}
