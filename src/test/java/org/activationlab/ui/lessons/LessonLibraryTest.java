package org.activationlab.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.ui.json.JsonFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in lessons and a teacher's folder of lesson files, good and bad. */
class LessonLibraryTest {
    /** The six lessons of the source text in its order, then the gate lesson that carries section 5 on to SwiGLU. */
    private static final List<String> BUILT_IN_IDS = List.of("why-non-linearity", "sigmoid-and-the-and-neuron",
            "why-relu", "improved-activations", "lstm-gates", "nine-properties", "what-a-gate-does",
            "relu-or-tanh-ask-20-seeds");

    @TempDir
    Path folder;

    private static String lesson(String id, int order) {
        return """
                {"id": "%s", "order": %d,
                 "title": {"en": "Lesson %s", "zh": "第 %s 课"},
                 "text": {"en": "Text.", "zh": "正文。"},
                 "showMe": [{"label": {"en": "Open", "zh": "打开"}, "tab": "gates", "preset": "open"}],
                 "tryThis": {"question": {"en": "Q?", "zh": "问?"}, "answer": {"en": "A.", "zh": "答。"}}}
                """.formatted(id, order, id, id);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void theBuiltInLessonsFollowTheSourceTextInOrderAndLoadCleanly() {
        LessonLoad load = LessonLibrary.load(folder.resolve("no-such-folder"));
        assertThat(load.problems()).isEmpty();
        assertThat(load.lessons()).extracting(Lesson::id).containsExactlyElementsOf(BUILT_IN_IDS);
        assertThat(load.lessons()).extracting(Lesson::order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void everyBuiltInTextIsInBothLanguages() {
        for (Lesson l : LessonLibrary.load(folder).lessons()) {
            List<Bilingual> texts = new java.util.ArrayList<>(List.of(l.title(), l.text(), l.tryThis().question(),
                    l.tryThis().answer()));
            l.showMe().forEach(s -> texts.add(s.label()));
            l.tryThis().showAnswer().ifPresent(s -> texts.add(s.label()));
            for (Bilingual t : texts) {
                assertThat(t.en()).as(l.id()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
                assertThat(t.zh()).as(l.id()).containsPattern("\\p{IsHan}").isNotEqualTo(t.en());
            }
            assertThat(l.tryThis().showAnswer()).as(l.id() + " shows its answer in the app").isPresent();
        }
    }

    @Test
    /** Sorted by order, then by id: relu-six shares order 3 with why-relu. */
    void aTeachersLessonsJoinTheBuiltInOnesInOrder() throws IOException {
        write("extra.json", lesson("relu-six", 3));
        write("first.json", lesson("warm-up", 0));
        write("notes.txt", "not a lesson");
        LessonLoad load = LessonLibrary.load(folder);
        assertThat(load.problems()).isEmpty();
        assertThat(load.lessons()).extracting(Lesson::id).containsExactly("warm-up", "why-non-linearity",
                "sigmoid-and-the-and-neuron", "relu-six", "why-relu", "improved-activations", "lstm-gates",
                "nine-properties", "what-a-gate-does", "relu-or-tanh-ask-20-seeds");
        assertThat(load.lessons().get(0).source()).isEqualTo(folder.resolve("first.json").toString());
    }

    @Test
    void aBrokenFileIsNamedWithItsProblemAndTheOthersStillLoad() throws IOException {
        Path broken = write("a-broken.json", "{\"id\": \"oops\",\n \"order\": }");
        Path unknownPreset = write("b-preset.json", lesson("x", 9).replace("\"open\"", "\"ajar\""));
        Path missing = write("c-missing.json", lesson("y", 9).replace("\"order\": 9,", ""));
        write("d-good.json", lesson("good", 9));
        LessonLoad load = LessonLibrary.load(folder);
        assertThat(load.problems()).containsExactly(
                broken + ": not valid JSON at line 2, column 11: Unexpected character ('}' (code 125)): expected a valid "
                        + "value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                unknownPreset + ": /showMe/0/preset: the gates tab has no preset \u201cajar\u201d; its presets are closed, half, open, tanh-flips, relu-grows",
                missing + ": /order: missing");
        assertThat(load.lessons()).extracting(Lesson::id).hasSize(BUILT_IN_IDS.size() + 1).contains("good");
    }

    @Test
    void anIdAlreadyUsedIsReportedAndTheFirstLessonKeepsIt() throws IOException {
        Path copy = write("copy.json", lesson("why-relu", 1));
        LessonLoad load = LessonLibrary.load(folder);
        assertThat(load.problems()).containsExactly(copy + ": the id \u201cwhy-relu\u201d is already used by "
                + "/org/activationlab/lessons/03-why-relu.json");
        assertThat(load.lessons()).filteredOn(l -> l.id().equals("why-relu")).singleElement()
                .satisfies(l -> assertThat(l.source()).endsWith("03-why-relu.json"));
    }

    @Test
    void aFileThatIsNotUtf8IsReported() throws IOException {
        Path latin1 = Files.write(folder.resolve("latin1.json"), lesson("caf\u00e9", 9).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(LessonLibrary.load(folder).problems()).containsExactly(latin1 + ": it is not UTF-8 text: save it as UTF-8 (with or without a byte order mark)");
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedAndAnUnknownFieldIsIgnoredAndNamed() throws IOException {
        Path bom = Files.writeString(folder.resolve("bom.json"), "\uFEFF" + lesson("with-bom", 9), StandardCharsets.UTF_8);
        Path newer = write("newer.json", lesson("newer", 9).replace("\"order\": 9", "\"order\": 9, \"level\": 2"));
        LessonLoad load = LessonLibrary.load(folder);
        assertThat(load.lessons()).extracting(Lesson::id).contains("with-bom", "newer");
        assertThat(load.problems()).containsExactly(newer + ": ignored what this version does not know: /level");
        assertThat(bom).exists();
    }

    /** docs/lessons.md shows a teacher a complete lesson: it must load as it stands. */
    @Test
    void theExampleInTheDocumentationIsAValidLesson() throws IOException, JsonFormatException {
        String doc = Files.readString(Path.of("docs", "lessons.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        Lesson example = LessonParser.parse(doc.substring(start, doc.indexOf("```", start)), "docs/lessons.md");
        assertThat(example.id()).isEqualTo("leaky-or-not");
        assertThat(example.showMe()).hasSize(2);
        assertThat(example.tryThis().showAnswer()).isPresent();
    }

    @Test
    void theUserFolderIsInTheHomeFolder() {
        assertThat(LessonLibrary.userFolder()).isEqualTo(Path.of(System.getProperty("user.home"), ".activation-lab",
                "lessons"));
    }
}
