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
import org.activationlab.ui.curves.XRange;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/**
 * The Curves tab's {@link CurvesState} in a session file, field for field (the record checks the
 * values; this class only reads and writes them): every function's parameters (also of
 * functions not plotted, which keep them when put back), the plotted functions with their palette
 * slots, the x range, the panels, the y ranges ({@code "auto"} or {@code {"min", "max"}}), the
 * derivative's log axis and power n, and the saturation marks.
 */
public final class CurvesJson {
    static final String AUTO = "auto";

    private CurvesJson() {
    }

    public static ObjectNode write(CurvesState state) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode();
        ObjectNode functions = node.putObject("functions");
        state.activations().forEach((name, activation) -> functions.set(name, ActivationJson.parameters(ActivationSpec.of(activation))));
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
                functionRange, derivativeRange, logDerivative, depth, shade, epsilon, hatching));
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
