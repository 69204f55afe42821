package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.plot.curves.YRange;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.controls.FormulaDefinition;
import org.activationlab.ui.controls.SliderRange;
import org.activationlab.ui.curves.XRange;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/**
 * The Curves tab's {@link CurvesState} in a session file, field for field (the record checks the
 * values; this class only reads and writes them): every function's parameters (also of
 * functions not plotted, which keep them when put back), the plotted functions with their palette
 * slots, the x range, the panels, the y ranges ({@code "auto"} or {@code {"min", "max"}}), the
 * derivative's log axis and power n, and the saturation marks. The formulas the user typed are
 * listed apart under {@code "formulas"} (absent when there are none, as in files of 0.1.0), each
 * as {@link ActivationJson} writes a formula plus its parameters' {@code "defaults"} and slider
 * ranges ({@code "sliders"}); they are named by their text in {@code "plotted"}.
 */
public final class CurvesJson {
    static final String AUTO = "auto";
    private static final String FORMULAS = "formulas";
    private static final String DEFAULTS = "defaults";
    private static final String SLIDERS = "sliders";

    private CurvesJson() {
    }

    public static ObjectNode write(CurvesState state) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode();
        ObjectNode functions = node.putObject("functions");
        state.activations().forEach((name, activation) -> {
            if (!state.formulas().contains(name)) {
                functions.set(name, ActivationJson.parameters(ActivationSpec.of(activation)));
            }
        });
        if (!state.formulas().isEmpty()) {
            ArrayNode formulas = node.putArray(FORMULAS);
            state.formulas().forEach(name -> formulas.add(formula(state, name)));
        }
        ArrayNode plotted = node.putArray("plotted");
        state.plotted().forEach((name, slot) -> plotted.addObject().put("name", name).put("colour", slot));
        node.putObject("x").put("from", state.x().from()).put("to", state.x().to());
        node.putObject("panels").put("functions", state.showFunctions()).put("derivatives", state.showDerivatives());
        node.set("functionRange", range(state.functionRange()));
        node.set("derivativeRange", range(state.derivativeRange()));
        node.put("logDerivative", state.logDerivative());
        node.put("depth", state.depth());
        node.putObject("saturation").put("shade", state.shading()).put("epsilon", state.epsilon());
        node.put("hatchZeroGradient", state.hatching());
        return node;
    }

    /** {@code {"formula": text, "parameters": {current values}, "defaults": {...}, "sliders": {"a": {"min", "max"}}}}. */
    private static ObjectNode formula(CurvesState state, String name) {
        ObjectNode node = ActivationJson.write(ActivationSpec.of(state.activation(name)));
        FormulaDefinition definition = state.formulaDefinition(name);
        ObjectNode defaults = node.putObject(DEFAULTS);
        definition.defaults().forEach(defaults::put);
        ObjectNode sliders = node.putObject(SLIDERS);
        definition.ranges().forEach((key, r) -> sliders.putObject(key).put("min", r.min()).put("max", r.max()));
        return node;
    }

    private static JsonNode range(YRange range) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return range.automatic() ? json.textNode(AUTO) : json.objectNode().put("min", range.min()).put("max", range.max());
    }

    /**
     * The state in {@code fields}; functions the file does not list keep their default parameters.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static CurvesState read(FieldReader fields) throws JsonFormatException {
        Map<String, Activation> activations = new LinkedHashMap<>(CurvesState.initial().activations());
        FieldReader functions = fields.object("functions");
        for (String name : functions.names()) {
            activations.put(name, ActivationJson.create(functions, name, name, name, functions.numbers(name)).resolve());
        }
        Map<String, Map<String, SliderRange>> ranges = new LinkedHashMap<>();
        if (fields.has(FORMULAS)) {
            for (FieldReader entry : fields.objects(FORMULAS)) {
                readFormula(entry, activations, ranges);
            }
        }
        Map<String, Integer> plotted = new LinkedHashMap<>();
        for (FieldReader entry : fields.objects("plotted")) {
            String name = entry.text("name");
            if (!activations.containsKey(name)) {
                throw entry.invalid("name", "unknown activation \"" + name + "\"");
            }
            int colour = entry.integer("colour");
            if (colour < 0 || plotted.containsValue(colour)) {
                throw entry.invalid("colour", "must be a whole number >= 0 used by no other plotted function, got " + colour);
            }
            if (plotted.put(name, colour) != null) {
                throw entry.invalid("name", name + " is listed twice");
            }
        }
        FieldReader x = fields.object("x");
        XRange xRange = x.validated(() -> XRange.checked(x.number("from"), x.number("to")));
        FieldReader panels = fields.object("panels");
        FieldReader saturation = fields.object("saturation");
        YRange functionRange = range(fields, "functionRange");
        YRange derivativeRange = range(fields, "derivativeRange");
        boolean logDerivative = fields.bool("logDerivative");
        int depth = fields.integer("depth");
        boolean showFunctions = panels.bool("functions");
        boolean showDerivatives = panels.bool("derivatives");
        boolean shade = saturation.bool("shade");
        double epsilon = saturation.number("epsilon");
        boolean hatching = fields.bool("hatchZeroGradient");
        return fields.validated(() -> new CurvesState(activations, plotted, xRange, showFunctions, showDerivatives,
                functionRange, derivativeRange, logDerivative, depth, shade, epsilon, hatching, ranges));
    }

    /**
     * Reads one typed formula into {@code activations} (under its text) and {@code ranges}: made
     * with its defaults (the current values where it has none), then set to its current values.
     */
    private static void readFormula(FieldReader entry, Map<String, Activation> activations,
                                    Map<String, Map<String, SliderRange>> ranges) throws JsonFormatException {
        Map<String, Double> values = entry.has("parameters") ? entry.numbers("parameters") : Map.of();
        Map<String, Double> defaults = entry.has(DEFAULTS) ? entry.numbers(DEFAULTS) : values;
        ActivationSpec made = ActivationJson.formula(entry, "formula", DEFAULTS, entry.nonBlankText("formula"), defaults);
        Activation formula = entry.validated(() -> made.with(values).resolve());
        if (activations.containsKey(formula.name())) {
            throw entry.invalid("formula", formula.name() + " is listed twice or is the name of a catalogue function");
        }
        Map<String, SliderRange> sliders = new LinkedHashMap<>();
        if (entry.has(SLIDERS)) {
            FieldReader all = entry.object(SLIDERS);
            for (String key : all.names()) {
                if (!made.parameters().containsKey(key)) {
                    throw all.invalid(key, "not a parameter of " + made.name() + "; its parameters: "
                            + String.join(", ", made.parameters().keySet()));
                }
                FieldReader r = all.object(key);
                sliders.put(key, r.validated(() -> new SliderRange(r.number("min"), r.number("max"))));
            }
        }
        activations.put(formula.name(), formula);
        ranges.put(formula.name(), sliders);
    }

    private static YRange range(FieldReader fields, String name) throws JsonFormatException {
        JsonNode raw = fields.raw(name);
        if (raw.isTextual() && AUTO.equals(raw.textValue())) {
            return YRange.AUTO;
        }
        if (!raw.isObject()) {
            throw fields.invalid(name, "expected \"auto\" or {\"min\": number, \"max\": number}, got "
                    + FieldReader.describe(raw));
        }
        FieldReader range = fields.object(name);
        return range.validated(() -> YRange.fixed(range.number("min"), range.number("max")));
    }
}
