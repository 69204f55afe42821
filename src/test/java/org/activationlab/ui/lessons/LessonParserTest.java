package org.activationlab.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.curves.CurvesPreset;
import org.activationlab.ui.curves.XRange;
import org.activationlab.ui.depth.DepthPreset;
import org.activationlab.ui.gates.GatePreset;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.neuron.LogicTarget;
import org.activationlab.ui.training.TrainingPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lesson files as a teacher writes them: a complete one, and each mistake with the message it gets. */
class LessonParserTest {
    /** A lesson with one show-me of every tab; {@code %s} takes the first show-me's fields. */
    private static final String LESSON = """
            {
              "id": "my-lesson",
              "order": 7,
              "title": {"en": "Title", "zh": "标题"},
              "text": {"en": "Text.", "zh": "正文。"},
              "showMe": [
                {%s},
                {"label": {"en": "P", "zh": "P"}, "tab": "properties", "function": "selu"},
                {"label": {"en": "T", "zh": "T"}, "tab": "training", "preset": "linear-xor", "activation": "relu", "play": true},
                {"label": {"en": "N", "zh": "N"}, "tab": "neuron", "preset": "nand"},
                {"label": {"en": "D", "zh": "D"}, "tab": "depth", "preset": "relu-xavier"},
                {"label": {"en": "G", "zh": "G"}, "tab": "gates", "preset": "tanh-flips"}
              ],
              "tryThis": {
                "question": {"en": "Q?", "zh": "问?"},
                "answer": {"en": "A.", "zh": "答。"},
                "showAnswer": {"label": {"en": "S", "zh": "S"}, "tab": "gates", "preset": "open"}
              }
            }
            """;
    private static final String CURVES = """
            "label": {"en": "C", "zh": "C"}, "tab": "curves",
            "curves": {"functions": ["maxout", "leaky_relu"], "maxoutPreset": "absolute-value",
                       "parameters": {"leaky_relu": {"slope": 0.2}}, "x": [-3, 5], "panels": "derivatives",
                       "logDerivative": true, "depth": 4, "shadeSaturation": false, "epsilon": 0.05,
                       "hatchZeroGradient": true}
            """;

    private static Lesson parse(String firstShowMe) throws JsonFormatException {
        return LessonParser.parse(LESSON.formatted(firstShowMe), "test.json");
    }

    private static String problem(String firstShowMe) {
        return problemOf(LESSON.formatted(firstShowMe));
    }

    private static String problemOf(String json) {
        try {
            LessonParser.parse(json, "test.json");
        } catch (JsonFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aCompleteLessonIsReadWithEveryKindOfShowMe() throws JsonFormatException {
        Lesson lesson = parse(CURVES);
        assertThat(lesson.id()).isEqualTo("my-lesson");
        assertThat(lesson.order()).isEqualTo(7);
        assertThat(lesson.source()).isEqualTo("test.json");
        assertThat(lesson.title()).isEqualTo(new Bilingual("Title", "标题"));
        assertThat(lesson.showMe()).extracting(s -> s.demonstration().tab()).containsExactly(LessonTab.CURVES,
                LessonTab.PROPERTIES, LessonTab.TRAINING, LessonTab.NEURON, LessonTab.DEPTH, LessonTab.GATES);
        assertThat(lesson.showMe().get(1).demonstration()).isEqualTo(new Demonstration.Properties("selu"));
        Demonstration.Training training = (Demonstration.Training) lesson.showMe().get(2).demonstration();
        assertThat(training.preset()).isEqualTo(TrainingPreset.LINEAR_XOR);
        assertThat(training.activation()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("relu"));
        assertThat(training.play()).isTrue();
        Demonstration.Neuron neuron = (Demonstration.Neuron) lesson.showMe().get(3).demonstration();
        assertThat(neuron.target()).isEqualTo(LogicTarget.NAND);
        assertThat(neuron.activation()).isEmpty();
        assertThat(lesson.showMe().get(4).demonstration()).isEqualTo(new Demonstration.Depth(DepthPreset.RELU_XAVIER));
        assertThat(lesson.showMe().get(5).demonstration()).isEqualTo(new Demonstration.Gates(GatePreset.TANH_FLIPS));
        assertThat(lesson.tryThis().answer().zh()).isEqualTo("答。");
        assertThat(lesson.tryThis().showAnswer()).hasValueSatisfying(s ->
                assertThat(s.demonstration()).isEqualTo(new Demonstration.Gates(GatePreset.OPEN)));
    }

    @Test
    void anActivationMayBeATypedFormulaWithItsParameters() throws JsonFormatException {
        Lesson lesson = parse("""
                "label": {"en": "M", "zh": "M"}, "tab": "training", "preset": "linear-xor",
                "activation": {"formula": "x * sigmoid(beta * x)", "parameters": {"beta": 2}}
                """);

        Demonstration.Training training = (Demonstration.Training) lesson.showMe().get(0).demonstration();
        assertThat(training.activation()).get()
                .satisfies(a -> assertThat(ActivationSpec.of(a)).isEqualTo(
                        ActivationSpec.formula("x * sigmoid(beta * x)", Map.of("beta", 2.0))));
        Demonstration.Neuron neuron = (Demonstration.Neuron) parse("""
                "label": {"en": "N", "zh": "N"}, "tab": "neuron", "preset": "and",
                "activation": {"name": "leaky_relu", "parameters": {"slope": 0.2}}
                """).showMe().get(0).demonstration();
        assertThat(neuron.activation()).get().satisfies(a -> assertThat(a.parameterValues()).containsEntry("slope", 0.2));
    }

    @Test
    void inlineCurvesSettingsBecomeAPreset() throws JsonFormatException {
        CurvesPreset p = ((Demonstration.Curves) parse(CURVES).showMe().get(0).demonstration()).preset();
        assertThat(p.functions()).extracting(a -> a.name()).containsExactly("maxout", "leaky_relu");
        assertThat(p.functions().get(0).parameterValues()).containsEntry("k", 2.0).containsEntry("w1", -1.0)
                .containsEntry("b1", 0.0).containsEntry("w2", 1.0).containsEntry("b2", 0.0);
        assertThat(p.functions().get(1).parameterValues()).containsEntry("slope", 0.2);
        assertThat(p.x()).isEqualTo(new XRange(-3, 5));
        assertThat(p.showFunctions()).isFalse();
        assertThat(p.showDerivatives()).isTrue();
        assertThat(p.logDerivative()).isTrue();
        assertThat(p.depth()).isEqualTo(4);
        assertThat(p.shading()).isFalse();
        assertThat(p.epsilon()).isEqualTo(0.05);
        assertThat(p.hatching()).isTrue();
    }

    @Test
    void leftOutCurvesSettingsTakeTheTabsDefaults() throws JsonFormatException {
        CurvesPreset p = ((Demonstration.Curves) parse("""
                "label": {"en": "C", "zh": "C"}, "tab": "curves", "curves": {"functions": ["tanh"]}""")
                .showMe().get(0).demonstration()).preset();
        assertThat(p).isEqualTo(new CurvesPreset(p.functions(), XRange.DEFAULT, true, true, false, 1, true, 0.01, false));
        assertThat(p.functions().get(0).parameterValues()).isEmpty();
    }

    @Test
    void theTextFollowsTheLanguage() throws JsonFormatException {
        Bilingual title = parse(CURVES).title();
        assertThat(title.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("标题");
        assertThat(title.in(Locale.CHINESE)).isEqualTo("标题");
        assertThat(title.in(Locale.ENGLISH)).isEqualTo("Title");
        assertThat(title.in(Locale.GERMANY)).isEqualTo("Title");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown tab|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"plots\"|/showMe/0/tab: there is no tab \u201cplots\u201d; the tabs are curves, properties, training, neuron, depth, gates",
        "unknown training preset|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"training\", \"preset\": \"xor\"|/showMe/0/preset: the training tab has no preset \u201cxor\u201d; its presets are linear-xor, hidden-layer-xor, sigmoid-saturates, dying-relu-learning-rate, dying-relu-bias, leaky-keeps-alive, relu-faster-than-tanh, selu-deep-narrow",
        "unknown neuron preset|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"neuron\", \"preset\": \"nor\"|/showMe/0/preset: the neuron tab has no preset \u201cnor\u201d; its presets are and, or, nand, not, xor",
        "unknown depth preset|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"depth\", \"preset\": \"relu\"|/showMe/0/preset: the depth tab has no preset \u201crelu\u201d; its presets are selu-lecun, relu-he, relu-xavier, tanh-small, sigmoid-small, tanh-small-batch-norm",
        "unknown gate preset|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"gates\", \"preset\": \"shut\"|/showMe/0/preset: the gates tab has no preset \u201cshut\u201d; its presets are closed, half, open, tanh-flips, relu-grows",
        "unknown maxout preset|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"maxout\"], \"maxoutPreset\": \"abs\"}|/showMe/0/curves/maxoutPreset: the curves tab has no preset \u201cabs\u201d; its presets are relu, absolute-value, square-tangents",
        "missing preset|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"gates\"|/showMe/0/preset: missing",
        "missing tab|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"preset\": \"open\"|/showMe/0/tab: missing",
        "missing label|\"tab\": \"gates\", \"preset\": \"open\"|/showMe/0/label: missing",
        "missing Chinese label|\"label\": {\"en\": \"x\"}, \"tab\": \"gates\", \"preset\": \"open\"|/showMe/0/label/zh: missing",
        "blank English label|\"label\": {\"en\": \" \", \"zh\": \"x\"}, \"tab\": \"gates\", \"preset\": \"open\"|/showMe/0/label/en: must not be empty",
        "play is not a boolean|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"training\", \"preset\": \"linear-xor\", \"play\": \"yes\"|/showMe/0/play: expected true or false, got the string \"yes\"",
        "unknown function|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"properties\", \"function\": \"rellu\"|/showMe/0/function: unknown function 'rellu'",
        "unknown activation|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"neuron\", \"preset\": \"and\", \"activation\": \"sigmoidal\"|/showMe/0/activation: unknown function 'sigmoidal'",
        "formula that does not parse|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"neuron\", \"preset\": \"and\", \"activation\": {\"formula\": \"x*\"}|/showMe/0/activation/formula: formula 'x*': expected",
        "formula with an undeclared name|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"training\", \"preset\": \"linear-xor\", \"activation\": {\"formula\": \"b*x\"}|/showMe/0/activation/formula: ",
        "parameter out of range|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"softplus\"], \"parameters\": {\"softplus\": {\"beta\": -1}}}|/showMe/0/curves/parameters/softplus: ",
        "unknown parameter|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"elu\"], \"parameters\": {\"elu\": {\"slope\": 1}}}|/showMe/0/curves/parameters/elu: elu has no parameter 'slope'",
        "parameters of a function not plotted|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"relu\"], \"parameters\": {\"elu\": {\"alpha\": 2}}}|/showMe/0/curves/parameters/elu: elu is not among the functions the preset plots",
        "maxout preset without maxout|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"relu\"], \"maxoutPreset\": \"relu\"}|/showMe/0/curves/maxoutPreset: maxout is not among the functions the preset plots",
        "maxout preset and parameters|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"maxout\"], \"maxoutPreset\": \"relu\", \"parameters\": {\"maxout\": {\"k\": 3}}}|/showMe/0/curves/maxoutPreset: give Maxout a preset or parameters, not both",
        "no functions|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": []}|/showMe/0/curves/functions: must not be empty",
        "a function twice|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"relu\", \"relu\"]}|/showMe/0/curves: relu is listed twice",
        "x range reversed|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"relu\"], \"x\": [2, -2]}|/showMe/0/curves/x: ",
        "x range too wide|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"relu\"], \"x\": [-30, 30]}|/showMe/0/curves: the x range must lie within [-20, 20]",
        "x range not a pair|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"relu\"], \"x\": [1]}|/showMe/0/curves/x: expected a list of two numbers [from, to], got a list",
        "depth too large|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"relu\"], \"depth\": 51}|/showMe/0/curves: depth must be an integer from 1 to 50, got 51",
        "depth not whole|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"relu\"], \"depth\": 2.5}|/showMe/0/curves/depth: expected a whole number from -2147483648 to 2147483647, got 2.5",
        "epsilon not positive|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"relu\"], \"epsilon\": 0}|/showMe/0/curves: the saturation threshold must be a finite number > 0, got 0.0",
        "unknown panels|\"label\": {\"en\": \"x\", \"zh\": \"x\"}, \"tab\": \"curves\", \"curves\": {\"functions\": [\"relu\"], \"panels\": \"top\"}|/showMe/0/curves/panels: expected one of both, functions, derivatives, got the string \"top\"",
    })
    void aMistakeInAShowMeIsNamedWithItsPlace(String what, String firstShowMe, String message) {
        assertThat(problem(firstShowMe)).startsWith(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing id|\"id\": \"my-lesson\",||/id: missing",
        "id with capitals|\"id\": \"my-lesson\"|\"id\": \"My Lesson\"|/id: must be lower-case letters and digits, words joined by hyphens (like why-relu), got \u201cMy Lesson\u201d",
        "order not a number|\"order\": 7|\"order\": \"7\"|/order: expected a whole number from -2147483648 to 2147483647, got the string \"7\"",
        "missing title|\"title\": {\"en\": \"Title\", \"zh\": \"标题\"},||/title: missing",
        "title without Chinese|\"title\": {\"en\": \"Title\", \"zh\": \"标题\"}|\"title\": {\"en\": \"Title\"}|/title/zh: missing",
        "text without English|\"text\": {\"en\": \"Text.\", \"zh\": \"正文。\"}|\"text\": {\"zh\": \"正文。\"}|/text/en: missing",
        "text not an object|\"text\": {\"en\": \"Text.\", \"zh\": \"正文。\"}|\"text\": \"Text.\"|/text: expected an object { ... }, got the string \"Text.\"",
        "no answer|\"answer\": {\"en\": \"A.\", \"zh\": \"答。\"},||/tryThis/answer: missing",
        "show answer with an unknown preset|\"preset\": \"open\"}|\"preset\": \"ajar\"}|/tryThis/showAnswer/preset: the gates tab has no preset \u201cajar\u201d",
        "misspelt field|\"order\": 7|\"ordre\": 7|/order: missing",
    })
    void aMistakeInTheLessonIsNamedWithItsPlace(String what, String original, String replacement, String message) {
        String json = LESSON.formatted(CURVES).replace(original, replacement == null ? "" : replacement);
        assertThat(json).isNotEqualTo(LESSON.formatted(CURVES));
        assertThat(problemOf(json)).startsWith(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[]|/showMe: must not be empty", "{}|/showMe: expected a list [ ... ], got an object"})
    void showMeIsAListOfAtLeastOne(String showMe, String message) {
        String json = LESSON.formatted(CURVES).replaceAll("(?s)\"showMe\": \\[.*?\\n  \\],", "\"showMe\": " + showMe + ",");
        assertThat(problemOf(json)).isEqualTo(message);
    }

    @Test
    void aFileCutShortNamesNoSource() {
        assertThat(problemOf("{\"id\": \"a\"")).doesNotContain("Source", "REDACTED").startsWith("the file is cut short: it ends in the middle of the JSON (line 1, column 11)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a missing comma|{\"id\": \"a\" \"order\": 1}|not valid JSON at line 1, column 12: Unexpected character",
        "cut short|{\"id\": \"a\"|the file is cut short: it ends in the middle of the JSON (line 1, column 11)",
        "two objects|{} {}|not valid JSON at line 1, column 4: ",
        "a field twice|{\"id\": \"a\", \"id\": \"b\"}|not valid JSON at line 1, column 17: Duplicate field 'id'",
        "a list|[]|the file must hold one lesson, a JSON object { ... }",
        "nothing|'  '|the file is empty",
    })
    void brokenJsonIsReportedWithLineAndColumn(String what, String json, String message) {
        assertThat(problemOf(json.equals("'  '") ? "  " : json)).startsWith(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a field another tab takes|\"preset\": \"open\"}|\"preset\": \"open\", \"play\": true}|/tryThis/showAnswer/play",
        "misspelt curves field|\"depth\": 4|\"depth\": 4, \"dept\": 3|/showMe/0/curves/dept",
        "text in a third language|\"zh\": \"正文。\"}|\"zh\": \"正文。\", \"fr\": \"Texte.\"}|/text/fr",
        "a field of a newer version|\"order\": 7|\"order\": 7, \"level\": \"advanced\"|/level",
    })
    void aFieldThisVersionDoesNotKnowIsIgnoredAndNamed(String what, String original, String replacement, String pointer)
            throws JsonFormatException {
        String json = LESSON.formatted(CURVES).replace(original, replacement);
        assertThat(json).isNotEqualTo(LESSON.formatted(CURVES));
        List<String> ignored = new ArrayList<>();

        Lesson lesson = LessonParser.parse(json, "test.json", ignored);

        assertThat(ignored).containsExactly(pointer);
        assertThat(lesson).usingRecursiveComparison().isEqualTo(parse(CURVES));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "play|, \"play\": true}|, \"play\": null}|}",
        "activation|\"activation\": \"relu\", |\"activation\": null, |''",
        "epsilon|\"epsilon\": 0.05,|\"epsilon\": null,|''",
    })
    void aNullFieldIsTreatedAsAbsent(String field, String original, String withNull, String without)
            throws JsonFormatException {
        String lesson = LESSON.formatted(CURVES);
        assertThat(lesson).contains(original);
        String absent = lesson.replace(original, without.equals("''") ? "" : without);
        List<String> ignored = new ArrayList<>();

        Lesson read = LessonParser.parse(lesson.replace(original, withNull), "test.json", ignored);

        assertThat(read).usingRecursiveComparison().isEqualTo(LessonParser.parse(absent, "test.json"));
        assertThat(ignored).isEmpty();
    }

    @Test
    void aCurvesPresetNeedsAPanelAndAFunction() {
        assertThatThrownBy(() -> new CurvesPreset(java.util.List.of(), XRange.DEFAULT, true, true, false, 1, true, 0.01,
                false)).hasMessageContaining("at least one function");
    }
}
