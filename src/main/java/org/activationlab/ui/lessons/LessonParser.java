package org.activationlab.ui.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.activationlab.ui.curves.gated.GatedPreset;
import org.activationlab.ui.controls.PiecesPreset;
import org.activationlab.ui.depth.DepthPreset;
import org.activationlab.ui.gates.GatePreset;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.json.JsonKeys;
import org.activationlab.ui.json.JsonText;
import org.activationlab.ui.neuron.LogicTarget;
import org.activationlab.ui.shootout.ShootoutPreset;
import org.activationlab.ui.session.ActivationJson;
import org.activationlab.ui.training.TrainingPreset;

/**
 * Reads one lesson from the JSON of a lesson file (the format is in {@code docs/lessons.md}),
 * checking everything a lesson refers to (tabs, presets, functions, parameters) so that a
 * mistake is reported when the file loads, not when a button is pressed. Fields are read with
 * {@link FieldReader}: a mistake names its JSON pointer (e.g. {@code /showMe/2/preset}), null
 * counts as absent and a field this version does not know is ignored and named.
 */
public final class LessonParser {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final String LABEL = "label";
    private static final String TAB = "tab";
    private static final String PRESET = "preset";
    private static final String ACTIVATION = "activation";
    private static final String PLAY = "play";
    private static final String FUNCTION = "function";
    private static final String CURVES = "curves";
    /** A curves step that shows the gated units names its preset here instead of giving {@code curves}. */
    private static final String GATED = "gated";
    /** The function whose pieces a curves step's {@code maxoutPreset} sets. */
    private static final String PRESET_FUNCTION = "maxout";
    private static final String PARAMETERS = "parameters";
    private static final String MAXOUT_PRESET = "maxoutPreset";
    private static final List<String> PANELS = List.of("both", "functions", "derivatives");

    private LessonParser() {
    }

    /**
     * The lesson in {@code json}.
     *
     * @param source where it was read from (kept in the lesson for messages)
     * @throws JsonFormatException if it is not valid JSON or not a valid lesson
     */
    public static Lesson parse(String json, String source) throws JsonFormatException {
        return parse(json, source, new ArrayList<>());
    }

    /**
     * The lesson in {@code json}, adding to {@code ignored} the JSON pointers of the fields this
     * version does not know.
     *
     * @param source where it was read from (kept in the lesson for messages)
     * @throws JsonFormatException if it is not valid JSON or not a valid lesson
     */
    public static Lesson parse(String json, String source, List<String> ignored) throws JsonFormatException {
        JsonNode root = JsonText.parse(json);
        if (!root.isObject()) {
            throw new JsonFormatException(Messages.get(LessonKeys.ERROR_NOT_OBJECT));
        }
        FieldReader fields = FieldReader.of(root, "");
        Lesson lesson = lesson(fields, source);
        ignored.addAll(fields.ignored());
        return lesson;
    }

    private static Lesson lesson(FieldReader f, String source) throws JsonFormatException {
        String id = f.nonBlankText("id");
        if (!ID.matcher(id).matches()) {
            throw f.invalid("id", Messages.format(LessonKeys.ERROR_ID, id));
        }
        int order = f.integer("order");
        Bilingual title = bilingual(f, "title");
        Bilingual text = bilingual(f, "text");
        List<ShowMe> showMe = new ArrayList<>();
        List<JsonNode> actions = f.list("showMe", true);
        for (int i = 0; i < actions.size(); i++) {
            showMe.add(showMe(f.element("showMe", i, actions.get(i))));
        }
        FieldReader t = f.object("tryThis");
        Optional<ShowMe> answer = t.has("showAnswer") ? Optional.of(showMe(t.object("showAnswer"))) : Optional.empty();
        TryThis tryThis = new TryThis(bilingual(t, "question"), bilingual(t, "answer"), answer);
        return new Lesson(id, order, title, text, showMe, tryThis, source);
    }

    /** A required {"en": ..., "zh": ...} with both texts. */
    private static Bilingual bilingual(FieldReader f, String name) throws JsonFormatException {
        FieldReader texts = f.object(name);
        return new Bilingual(texts.nonBlankText("en"), texts.nonBlankText("zh"));
    }

    /** A "show me": a label, a tab and the fields that tab takes. */
    private static ShowMe showMe(FieldReader f) throws JsonFormatException {
        String tabId = f.nonBlankText(TAB);
        LessonTab tab = LessonTab.byId(tabId).orElseThrow(() -> f.invalid(TAB,
                Messages.format(LessonKeys.ERROR_UNKNOWN_TAB, tabId, LessonTab.allIds())));
        return new ShowMe(bilingual(f, LABEL), demonstration(tab, f));
    }

    private static Demonstration demonstration(LessonTab tab, FieldReader f) throws JsonFormatException {
        return switch (tab) {
            case CURVES -> f.has(GATED) ? new Demonstration.Gated(preset(f, GATED, CURVES, GatedPreset.class))
                    : new Demonstration.Curves(curves(f.object(CURVES)));
            case PROPERTIES -> new Demonstration.Properties(function(f, FUNCTION).name());
            case TRAINING -> new Demonstration.Training(preset(f, tab, TrainingPreset.class), activation(f),
                    f.bool(PLAY, false));
            case NEURON -> new Demonstration.Neuron(preset(f, tab, LogicTarget.class), activation(f));
            case DEPTH -> new Demonstration.Depth(preset(f, tab, DepthPreset.class));
            case GATES -> new Demonstration.Gates(preset(f, tab, GatePreset.class));
            case SHOOTOUT -> new Demonstration.Shootout(preset(f, tab, ShootoutPreset.class));
        };
    }

    private static <E extends Enum<E>> E preset(FieldReader f, LessonTab tab, Class<E> type)
            throws JsonFormatException {
        return preset(f, PRESET, tab.id(), type);
    }

    private static <E extends Enum<E>> E preset(FieldReader f, String field, String tab, Class<E> type)
            throws JsonFormatException {
        String id = f.nonBlankText(field);
        return PresetIds.find(type, id).orElseThrow(() -> f.invalid(field,
                Messages.format(LessonKeys.ERROR_UNKNOWN_PRESET, tab, id, PresetIds.all(type))));
    }

    /**
     * The optional {@code "activation"}: a catalogue name, or an activation as a session stores
     * one ({@link ActivationJson}), e.g. {@code {"formula": "x * tanh(softplus(x))"}}.
     */
    private static Optional<Activation> activation(FieldReader f) throws JsonFormatException {
        if (!f.has(ACTIVATION)) {
            return Optional.empty();
        }
        if (f.raw(ACTIVATION).isObject()) {
            return Optional.of(ActivationJson.read(f, ACTIVATION).resolve());
        }
        return Optional.of(function(f, ACTIVATION));
    }

    private static Activation function(FieldReader f, String field) throws JsonFormatException {
        return function(f.nonBlankText(field), f.pointer(field));
    }

    private static Activation function(String name, String pointer) throws JsonFormatException {
        try {
            return Catalogue.get(name);
        } catch (UnknownActivationException e) {
            throw new JsonFormatException(pointer, e.getMessage(), e);
        }
    }

    private static CurvesPreset curves(FieldReader f) throws JsonFormatException {
        XRange x = range(f);
        Map<String, Map<String, Double>> parameters = parameters(f);
        if (f.has(MAXOUT_PRESET)) {
            PiecesPreset maxout = preset(f, MAXOUT_PRESET, CURVES, PiecesPreset.class);
            if (parameters.containsKey(PRESET_FUNCTION)) {
                throw f.invalid(MAXOUT_PRESET, Messages.get(LessonKeys.ERROR_MAXOUT_TWICE));
            }
            LinearPieces pieces = Catalogue.get(PRESET_FUNCTION).linearPieces().orElseThrow();
            parameters.put(PRESET_FUNCTION, maxout.parameters(pieces, x.from(), x.to()));
        }
        List<Activation> functions = new ArrayList<>();
        List<JsonNode> names = f.list("functions", true);
        for (int i = 0; i < names.size(); i++) {
            String pointer = f.pointer("functions", i);
            Activation a = function(FieldReader.text(names.get(i), pointer, true), pointer);
            try {
                functions.add(a.with(parameters.getOrDefault(a.name(), Map.of())));
            } catch (InvalidParameterException e) {
                throw new JsonFormatException(f.pointer(PARAMETERS) + "/" + a.name(), e.getMessage(), e);
            }
        }
        for (String name : parameters.keySet()) {
            if (functions.stream().noneMatch(a -> a.name().equals(name))) {
                String pointer = name.equals(PRESET_FUNCTION) && f.has(MAXOUT_PRESET)
                        ? f.pointer(MAXOUT_PRESET) : f.pointer(PARAMETERS) + "/" + name;
                throw new JsonFormatException(pointer, Messages.format(LessonKeys.ERROR_NOT_PLOTTED, name), null);
            }
        }
        String panels = f.has("panels") ? f.text("panels") : PANELS.get(0);
        if (!PANELS.contains(panels)) {
            throw f.invalid("panels", Messages.format(JsonKeys.EXPECTED_ONE_OF, String.join(", ", PANELS),
                    FieldReader.describe(f.raw("panels"))));
        }
        boolean log = f.bool("logDerivative", false);
        int depth = f.integer("depth", 1);
        boolean shading = f.bool("shadeSaturation", true);
        double epsilon = f.number("epsilon", CurvesState.DEFAULT_EPSILON);
        boolean hatching = f.bool("hatchZeroGradient", false);
        return f.validated(() -> new CurvesPreset(functions, x, !panels.equals("derivatives"),
                !panels.equals("functions"), log, depth, shading, epsilon, hatching));
    }

    private static XRange range(FieldReader f) throws JsonFormatException {
        if (!f.has("x")) {
            return XRange.DEFAULT;
        }
        JsonNode x = f.raw("x");
        if (!x.isArray() || x.size() != 2 || !x.get(0).isNumber() || !x.get(1).isNumber()) {
            throw f.invalid("x", Messages.format(LessonKeys.ERROR_RANGE, FieldReader.describe(x)));
        }
        try {
            return new XRange(x.get(0).doubleValue(), x.get(1).doubleValue());
        } catch (IllegalArgumentException e) {
            throw f.invalid("x", e.getMessage());
        }
    }

    /** {"name": {"key": value, ...}, ...} in file order. */
    private static Map<String, Map<String, Double>> parameters(FieldReader f) throws JsonFormatException {
        Map<String, Map<String, Double>> result = new LinkedHashMap<>();
        if (!f.has(PARAMETERS)) {
            return result;
        }
        FieldReader all = f.object(PARAMETERS);
        for (String function : all.names()) {
            result.put(function, all.numbers(function));
        }
        return result;
    }
}
