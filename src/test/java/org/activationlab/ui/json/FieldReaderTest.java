package org.activationlab.ui.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reader of the app's JSON files: pointer, value and what is allowed, in both languages; null and unknown fields. */
class FieldReaderTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(before);
    }

    private static FieldReader parts(String json) throws JsonFormatException {
        return FieldReader.of(JsonText.parse(json), "/parts/training");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a string|{\"step\": \"fast\"}|step|/parts/training/step: expected a whole number from -2147483648 to 2147483647, got the string \"fast\"",
        "a huge whole number|{\"step\": 1000000000000}|step|/parts/training/step: expected a whole number from -2147483648 to 2147483647, got 1000000000000",
        "a fraction|{\"step\": 2.5}|step|/parts/training/step: expected a whole number from -2147483648 to 2147483647, got 2.5",
        "null|{\"step\": null}|step|/parts/training/step: missing",
        "absent|{}|step|/parts/training/step: missing",
        "a list|{\"step\": [1]}|step|/parts/training/step: expected a whole number from -2147483648 to 2147483647, got a list",
    })
    void aBadValueNamesItsPointerTheValueAndWhatIsAllowed(String what, String json, String field, String message) {
        Locale.setDefault(Locale.ENGLISH);
        assertThatThrownBy(() -> parts(json).integer(field)).isInstanceOf(JsonFormatException.class).hasMessage(message);
    }

    @Test
    void theMessagesAreInChineseWhenTheAppIs() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> parts("{\"step\": 1000000000000}").integer("step"))
                .hasMessage("/parts/training/step：应为 -2147483648 到 2147483647 之间的整数，实际为 1000000000000");
        assertThatThrownBy(() -> parts("{\"name\": 3}").text("name"))
                .hasMessage("/parts/training/name：应为带引号的文本，实际为 3");
        assertThatThrownBy(() -> JsonText.parse(" ")).hasMessage("文件是空的");
    }

    @Test
    void theFileIsNamedFirst() {
        Locale.setDefault(Locale.ENGLISH);
        assertThatThrownBy(() -> parts("{\"seed\": true}").longInteger("seed"))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/parts/training/seed");
                    assertThat(e.inFile("lesson.alab")).isEqualTo("lesson.alab: /parts/training/seed: expected a whole "
                            + "number from -9223372036854775808 to 9223372036854775807, got true");
                });
    }

    @Test
    void aNameWithASlashOrTildeIsEscapedInThePointer() throws JsonFormatException {
        FieldReader functions = parts("{\"a/b~c\": \"x\"}");
        assertThat(functions.pointer("a/b~c")).isEqualTo("/parts/training/a~1b~0c");
    }

    @Test
    void nullIsAbsentForOptionalFieldsAndUnknownFieldsAreNamedNotRefused() throws JsonFormatException {
        FieldReader f = parts("{\"play\": null, \"depth\": 3, \"colourScheme\": \"warm\", \"nested\": {\"known\": 1, \"new\": 2}}");
        assertThat(f.bool("play", true)).isTrue();
        assertThat(f.integer("depth", 1)).isEqualTo(3);
        assertThat(f.object("nested").integer("known")).isEqualTo(1);
        assertThat(f.ignored()).containsExactly("/parts/training/colourScheme", "/parts/training/nested/new");
    }

    @Test
    void aByteOrderMarkIsSkippedAndTextThatIsNotUtf8IsRefused() throws JsonFormatException {
        Locale.setDefault(Locale.ENGLISH);
        JsonNode withBom = JsonText.parse(JsonText.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}));
        assertThat(withBom.isObject()).isTrue();
        assertThatThrownBy(() -> JsonText.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'}))
                .hasMessageStartingWith("it is not UTF-8 text");
    }
}
