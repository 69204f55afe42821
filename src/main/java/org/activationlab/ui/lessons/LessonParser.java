package org.activationlab.ui.lessons;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.InvalidParameterException;
import org.activationlab.model.LinearPieces;
import org.activationlab.model.UnknownActivationException;
import org.activationlab.ui.Messages;
import org.activationlab.ui.curves.CurvesPreset;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.curves.XRange;
import org.activationlab.ui.controls.PiecesPreset;
import org.activationlab.ui.depth.DepthPreset;
import org.activationlab.ui.gates.GatePreset;
import org.activationlab.ui.neuron.LogicTarget;
import org.activationlab.ui.training.TrainingPreset;

/**
 * Reads one lesson from the JSON of a lesson file (the format is in {@code docs/lessons.md}),
 * checking everything a lesson refers to (tabs, presets, functions, parameters) so that a
 * mistake is reported when the file loads, not when a button is pressed.
 */
public final class LessonParser {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Jackson's note on where an unclosed object began, which names no source when reading a string. */
    private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\s*\\(start marker at \\[Source: .*\\]\\)");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Set<String> LESSON_FIELDS = Set.of("id", "order", "title", "text", "showMe", "tryThis");
    private static final Set<String> TRY_FIELDS = Set.of("question", "answer", "showAnswer");
    private static final String LABEL = "label";
    private static final String TAB = "tab";
    private static final String PRESET = "preset";
    private static final String ACTIVATION = "activation";
    private static final String PLAY = "play";
    private static final String FUNCTION = "function";
    private static final String CURVES = "curves";
    /** The function whose pieces a curves step's {@code maxoutPreset} sets. */
    private static final String PRESET_FUNCTION = "maxout";
    private static final Set<String> CURVES_FIELDS = Set.of("functions", "parameters", "maxoutPreset", "x", "panels",
            "logDerivative", "depth", "shadeSaturation", "epsilon", "hatchZeroGradient");
    private static final List<String> PANELS = List.of("both", "functions", "derivatives");

    private LessonParser() {
    }

    /**
     * The lesson in {@code json}.
     *
     * @param source where it was read from (kept in the lesson for messages)
     * @throws LessonFormatException if it is not valid JSON or not a valid lesson
     */
    public static Lesson parse(String json, String source) throws LessonFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new LessonFormatException(Messages.format(LessonKeys.ERROR_JSON,
                    where == null ? "?" : Integer.toString(where.getLineNr()),
                    where == null ? "?" : Integer.toString(where.getColumnNr()),
                    SOURCE_REFERENCE.matcher(e.getOriginalMessage()).replaceAll("")));
        }
        if (root == null || !root.isObject()) {
            throw new LessonFormatException(Messages.get(LessonKeys.ERROR_NOT_OBJECT));
        }
        return lesson(new JsonFields(root, "", LESSON_FIELDS), source);
    }

    private static Lesson lesson(JsonFields f, String source) throws LessonFormatException {
        String id = f.text("id");
        if (!ID.matcher(id).matches()) {
            throw new LessonFormatException(Messages.format(LessonKeys.ERROR_ID, f.at("id"), id));
        }
        int order = f.integer("order");
        Bilingual title = f.bilingual("title");
        Bilingual text = f.bilingual("text");
        List<ShowMe> showMe = new ArrayList<>();
        List<JsonNode> actions = f.list("showMe");
        for (int i = 0; i < actions.size(); i++) {
            showMe.add(showMe(actions.get(i), f.at("showMe", i)));
        }
        JsonFields t = new JsonFields(f.get("tryThis"), f.at("tryThis"), TRY_FIELDS);
        Optional<ShowMe> answer = t.has("showAnswer")
                ? Optional.of(showMe(t.get("showAnswer"), t.at("showAnswer"))) : Optional.empty();
        TryThis tryThis = new TryThis(t.bilingual("question"), t.bilingual("answer"), answer);
        return new Lesson(id, order, title, text, showMe, tryThis, source);
    }

    /** A "show me": a label, a tab and the fields that tab takes. */
    private static ShowMe showMe(JsonNode node, String path) throws LessonFormatException {
        if (!node.isObject()) {
            throw JsonFields.typeError(path, LessonKeys.TYPE_OBJECT);
        }
        JsonNode tabNode = node.get(TAB);
        if (tabNode == null || tabNode.isNull()) {
            throw new LessonFormatException(Messages.format(LessonKeys.ERROR_MISSING, path + "." + TAB));
        }
        String tabId = JsonFields.text(tabNode, path + "." + TAB);
        LessonTab tab = LessonTab.byId(tabId).orElseThrow(() -> new LessonFormatException(Messages.format(
                LessonKeys.ERROR_UNKNOWN_TAB, path + "." + TAB, tabId, LessonTab.allIds())));
        JsonFields f = new JsonFields(node, path, fieldsOf(tab));
        return new ShowMe(f.bilingual(LABEL), demonstration(tab, f));
    }

    private static Set<String> fieldsOf(LessonTab tab) {
        return switch (tab) {
            case CURVES -> Set.of(LABEL, TAB, CURVES);
            case PROPERTIES -> Set.of(LABEL, TAB, FUNCTION);
            case TRAINING -> Set.of(LABEL, TAB, PRESET, ACTIVATION, PLAY);
            case NEURON -> Set.of(LABEL, TAB, PRESET, ACTIVATION);
            case DEPTH, GATES -> Set.of(LABEL, TAB, PRESET);
        };
    }

    private static Demonstration demonstration(LessonTab tab, JsonFields f) throws LessonFormatException {
        return switch (tab) {
            case CURVES -> new Demonstration.Curves(curves(new JsonFields(f.get(CURVES), f.at(CURVES), CURVES_FIELDS)));
            case PROPERTIES -> new Demonstration.Properties(function(f.text(FUNCTION), f.at(FUNCTION)).name());
            case TRAINING -> new Demonstration.Training(preset(f, tab, TrainingPreset.class), activation(f),
                    f.bool(PLAY, false));
            case NEURON -> new Demonstration.Neuron(preset(f, tab, LogicTarget.class), activation(f));
            case DEPTH -> new Demonstration.Depth(preset(f, tab, DepthPreset.class));
            case GATES -> new Demonstration.Gates(preset(f, tab, GatePreset.class));
        };
    }

    private static <E extends Enum<E>> E preset(JsonFields f, LessonTab tab, Class<E> type)
            throws LessonFormatException {
        String id = f.text(PRESET);
        return PresetIds.find(type, id).orElseThrow(() -> new LessonFormatException(Messages.format(
                LessonKeys.ERROR_UNKNOWN_PRESET, f.at(PRESET), tab.id(), id, PresetIds.all(type))));
    }

    private static Optional<Activation> activation(JsonFields f) throws LessonFormatException {
        Optional<String> name = f.optionalText(ACTIVATION);
        return name.isEmpty() ? Optional.empty() : Optional.of(function(name.get(), f.at(ACTIVATION)));
    }

    private static Activation function(String name, String path) throws LessonFormatException {
        try {
            return Catalogue.get(name);
        } catch (UnknownActivationException e) {
            throw new LessonFormatException(Messages.format(LessonKeys.ERROR_VALUE, path, e.getMessage()));
        }
    }

    private static CurvesPreset curves(JsonFields f) throws LessonFormatException {
        XRange x = range(f);
        Map<String, Map<String, Double>> parameters = parameters(f);
        if (f.has("maxoutPreset")) {
            String id = f.text("maxoutPreset");
            PiecesPreset maxout = PresetIds.find(PiecesPreset.class, id).orElseThrow(() ->
                    new LessonFormatException(Messages.format(LessonKeys.ERROR_UNKNOWN_PRESET, f.at("maxoutPreset"),
                            CURVES, id, PresetIds.all(PiecesPreset.class))));
            if (parameters.containsKey(PRESET_FUNCTION)) {
                throw new LessonFormatException(Messages.format(LessonKeys.ERROR_MAXOUT_TWICE, f.at("maxoutPreset")));
            }
            LinearPieces pieces = Catalogue.get(PRESET_FUNCTION).linearPieces().orElseThrow();
            parameters.put(PRESET_FUNCTION, maxout.parameters(pieces, x.from(), x.to()));
        }
        List<Activation> functions = new ArrayList<>();
        List<JsonNode> names = f.list("functions");
        for (int i = 0; i < names.size(); i++) {
            String path = f.at("functions", i);
            Activation a = function(JsonFields.text(names.get(i), path), path);
            try {
                functions.add(a.with(parameters.getOrDefault(a.name(), Map.of())));
            } catch (InvalidParameterException e) {
                throw new LessonFormatException(Messages.format(LessonKeys.ERROR_VALUE,
                        f.at("parameters") + "." + a.name(), e.getMessage()));
            }
        }
        for (String name : parameters.keySet()) {
            if (functions.stream().noneMatch(a -> a.name().equals(name))) {
                String path = name.equals(PRESET_FUNCTION) && f.has("maxoutPreset")
                        ? f.at("maxoutPreset") : f.at("parameters") + "." + name;
                throw new LessonFormatException(Messages.format(LessonKeys.ERROR_NOT_PLOTTED, path, name));
            }
        }
        String panels = f.has("panels") ? f.text("panels") : PANELS.get(0);
        if (!PANELS.contains(panels)) {
            throw JsonFields.typeError(f.at("panels"), LessonKeys.TYPE_ONE_OF, String.join(", ", PANELS));
        }
        try {
            return new CurvesPreset(functions, x, !panels.equals("derivatives"), !panels.equals("functions"),
                    f.bool("logDerivative", false), f.integer("depth", 1), f.bool("shadeSaturation", true),
                    f.number("epsilon", CurvesState.DEFAULT_EPSILON), f.bool("hatchZeroGradient", false));
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException(Messages.format(LessonKeys.ERROR_VALUE, f.path(), e.getMessage()));
        }
    }

    private static XRange range(JsonFields f) throws LessonFormatException {
        if (!f.has("x")) {
            return XRange.DEFAULT;
        }
        JsonNode x = f.get("x");
        if (!x.isArray() || x.size() != 2 || !x.get(0).isNumber() || !x.get(1).isNumber()) {
            throw JsonFields.typeError(f.at("x"), LessonKeys.TYPE_RANGE);
        }
        try {
            return new XRange(x.get(0).doubleValue(), x.get(1).doubleValue());
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException(Messages.format(LessonKeys.ERROR_VALUE, f.at("x"), e.getMessage()));
        }
    }

    /** {"name": {"key": value, ...}, ...} in file order. */
    private static Map<String, Map<String, Double>> parameters(JsonFields f) throws LessonFormatException {
        Map<String, Map<String, Double>> result = new LinkedHashMap<>();
        if (!f.has("parameters")) {
            return result;
        }
        JsonNode all = f.get("parameters");
        if (!all.isObject()) {
            throw JsonFields.typeError(f.at("parameters"), LessonKeys.TYPE_OBJECT);
        }
        var functions = all.fields();
        while (functions.hasNext()) {
            var function = functions.next();
            String path = f.at("parameters") + "." + function.getKey();
            if (!function.getValue().isObject()) {
                throw JsonFields.typeError(path, LessonKeys.TYPE_OBJECT);
            }
            Map<String, Double> values = new LinkedHashMap<>();
            var entries = function.getValue().fields();
            while (entries.hasNext()) {
                var entry = entries.next();
                values.put(entry.getKey(), JsonFields.number(entry.getValue(), path + "." + entry.getKey()));
            }
            result.put(function.getKey(), values);
        }
        return result;
    }
}
