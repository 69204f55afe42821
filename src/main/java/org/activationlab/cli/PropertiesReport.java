package org.activationlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.Interval;
import org.activationlab.model.Numbers;
import org.activationlab.model.PropertyAnalyzer;

/**
 * The properties of one function as a two-column text table for people (in the current
 * language) or as a JSON object for programs (the same in every language).
 */
final class PropertiesReport {
    /** Significant digits for computed bounds (range ends, region ends). */
    static final int DIGITS = 5;
    /** Significant digits for the measured relative cost. */
    private static final int COST_DIGITS = 2;

    private PropertiesReport() {
    }

    /** The rows of the text table, label to value, in display order, in the current language. */
    static Map<String, String> rows(ActivationProperties p) {
        Map<String, String> rows = new LinkedHashMap<>();
        put(rows, "function", p.activation().info().userFormula() ? p.activation().name()
                : p.activation().name() + " (" + p.activation().info().displayName() + ")");
        put(rows, "formula", p.activation().info().formulaText());
        put(rows, "parameters", parameters(p.activation().parameterValues()));
        put(rows, "range", p.describeRange(DIGITS));
        put(rows, "bounded", bounded(p));
        put(rows, "monotonic", CliTexts.format(p.monotonicity().isMonotonic() ? "properties.yesBecause" : "properties.noBecause",
                p.monotonicity().describe()));
        put(rows, "valueAtZero", Numbers.format(p.valueAtZero()));
        put(rows, "slopeAtZero", Numbers.format(p.slopeAtZero()));
        put(rows, "nearIdentity", CliTexts.format("properties.nearIdentity.value", yesNo(p.nearIdentity())));
        put(rows, "zeroCentred", CliTexts.format("properties.zeroCentred.value", yesNo(p.zeroCentred())));
        put(rows, "saturation", CliTexts.format("properties.saturation.value", conditions(p.saturation()),
                Numbers.format(PropertyAnalyzer.SATURATION_SLOPE)));
        put(rows, "deadRegions", CliTexts.format("properties.deadRegions.value", conditions(p.deadRegions())));
        put(rows, "kinks", points(p.kinks()));
        put(rows, "discontinuities", points(p.discontinuities()));
        put(rows, "smoothness", p.smoothness().describe());
        put(rows, "parameterCount", Integer.toString(p.parameterCount()));
        put(rows, "relativeCost", CliTexts.format("properties.relativeCost.value",
                Numbers.format(p.relativeCost(), COST_DIGITS)));
        return rows;
    }

    private static void put(Map<String, String> rows, String row, String value) {
        rows.put(CliTexts.get("properties.label." + row), value);
    }

    /** The rows as aligned text, one per line. */
    static String text(ActivationProperties p) {
        Map<String, String> rows = rows(p);
        int width = rows.keySet().stream().mapToInt(DisplayWidth::of).max().orElse(0);
        StringBuilder text = new StringBuilder();
        rows.forEach((label, value) -> text.append(label).append(" ".repeat(width - DisplayWidth.of(label) + 2))
                .append(value).append(System.lineSeparator()));
        return text.toString();
    }

    /** The properties as a record that Jackson writes as the JSON object of {@code properties --json}. */
    static PropertiesEntry json(ActivationProperties p) {
        return new PropertiesEntry(p.activation().name(), p.activation().parameterValues(), interval(p.range()),
                p.discreteValues(), p.boundedBelow(), p.boundedAbove(), p.monotonicity().toString(),
                p.monotonicity().isMonotonic(), p.valueAtZero(), p.slopeAtZero(), p.nearIdentity(), p.zeroCentred(),
                PropertyAnalyzer.SATURATION_SLOPE, intervals(p.saturation()), intervals(p.deadRegions()), p.kinks(),
                p.discontinuities(), p.smoothness().toString(), p.parameterCount(), p.relativeCost());
    }

    /** {@code x = -0.5, 0.5} or {@code none}. */
    private static String points(List<Double> xs) {
        return xs.isEmpty() ? CliTexts.get("properties.none")
                : "x = " + String.join(", ", xs.stream().map(Numbers::format).toList());
    }

    private static String parameters(Map<String, Double> values) {
        if (values.isEmpty()) {
            return CliTexts.get("properties.none");
        }
        List<String> parts = new ArrayList<>();
        values.forEach((key, value) -> parts.add(key + "=" + Numbers.format(value)));
        return String.join(", ", parts);
    }

    private static String bounded(ActivationProperties p) {
        if (p.boundedBelow() && p.boundedAbove()) {
            return CliTexts.get("properties.bounded.both");
        }
        if (p.boundedBelow()) {
            return CliTexts.get("properties.bounded.below");
        }
        return CliTexts.get(p.boundedAbove() ? "properties.bounded.above" : "properties.bounded.neither");
    }

    private static String yesNo(boolean b) {
        return CliTexts.get(b ? "properties.yes" : "properties.no");
    }

    private static String conditions(List<Interval> regions) {
        return regions.isEmpty() ? CliTexts.get("properties.none")
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
                           List<IntervalEntry> deadRegions, List<Double> kinks, List<Double> discontinuities,
                           String smoothness,
                           int parameterCount, double relativeCost) {
    }
}
