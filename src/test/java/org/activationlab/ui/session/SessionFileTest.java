package org.activationlab.ui.session;

import org.activationlab.ui.json.JsonFormatException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.activationlab.export.ExportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The envelope of session files: what is accepted, what is refused and why, and atomic writing. */
class SessionFileTest {
    @TempDir
    Path dir;

    private static final String VALID = "{\"format\":\"activation-lab-session\",\"version\":1,\"app\":\"0.1.0\","
            + "\"parts\":{\"gates\":{\"gate\":\"tanh\"}}}";

    @Test
    void aValidEnvelopeGivesItsPartsInFileOrder() throws Exception {
        SessionDocument d = SessionFile.parse("{\"format\":\"activation-lab-session\",\"version\":1,\"app\":\"9.9\","
                + "\"parts\":{\"b\":{\"x\":1},\"a\":{}}}");
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.app()).isEqualTo("9.9");
        assertThat(d.parts().keySet()).containsExactly("b", "a");
        assertThat(d.parts().get("b").get("x").intValue()).isEqualTo(1);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("", "the file is empty"),
                Arguments.of("   \n", "the file is empty"),
                Arguments.of("hello", "not valid JSON at line 1, column 1: Unrecognized token 'hello'"),
                Arguments.of(VALID.substring(0, VALID.length() / 2), "the file is cut short"),
                Arguments.of(VALID.substring(0, VALID.length() - 1), "the file is cut short"),
                Arguments.of(VALID + " {}", "not valid JSON at line 1, column 97: Trailing token (of type START_OBJECT) found after value"),
                Arguments.of("[1, 2]", "not a session file: it holds a list instead of an object"),
                Arguments.of("42", "not a session file: it holds 42 instead of an object"),
                Arguments.of("{\"version\":1,\"parts\":{}}", "not a session file: it has no \"format\""),
                Arguments.of("{\"format\":\"something-else\",\"version\":1,\"parts\":{}}",
                        "its format is \"something-else\", expected \"activation-lab-session\""),
                Arguments.of("{\"format\":\"activation-lab-session\",\"version\":2,\"app\":\"3.0.0\",\"parts\":{}}",
                        "saved by a newer Activation Lab (3.0.0, session format version 2); this version opens session"
                                + " format version 1 and older"),
                Arguments.of("{\"format\":\"activation-lab-session\",\"version\":0,\"parts\":{}}",
                        "/version: expected a whole number from 1 to 1, got 0"),
                Arguments.of("{\"format\":\"activation-lab-session\",\"version\":\"1\",\"parts\":{}}",
                        "/version: expected a whole number from 1 to 1, got the string \"1\""),
                Arguments.of("{\"format\":\"activation-lab-session\",\"version\":1.5,\"parts\":{}}",
                        "/version: expected a whole number from 1 to 1, got 1.5"),
                Arguments.of("{\"format\":\"activation-lab-session\",\"version\":1000000000000,\"parts\":{}}",
                        "saved by a newer Activation Lab (unknown, session format version 1000000000000)"),
                Arguments.of("{\"format\":\"activation-lab-session\",\"version\":1}", "/parts: missing"),
                Arguments.of("{\"format\":\"activation-lab-session\",\"version\":1,\"parts\":[]}",
                        "/parts: expected an object { ... }, got a list"),
                Arguments.of("{\"format\":\"activation-lab-session\",\"format\":\"activation-lab-session\",\"version\":1,"
                        + "\"parts\":{}}", "Duplicate field 'format'"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void whatIsNotACompleteSessionOfAKnownVersionIsRefusedSayingWhy(String text, String expected) {
        assertThatThrownBy(() -> SessionFile.parse(text)).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void aTruncatedFileNamesWhereItEnds() {
        assertThatThrownBy(() -> SessionFile.parse("{\"format\":\n\"activation-lab-session\",\n\"parts\":{"))
                .hasMessageContaining("cut short").hasMessageContaining("line 3");
    }

    @Test
    void filesThatCannotBeReadAreRefusedSayingWhy() throws IOException {
        assertThatThrownBy(() -> SessionFile.read(dir.resolve("nothing.alab")))
                .isInstanceOf(JsonFormatException.class).hasMessage("the file does not exist");
        assertThatThrownBy(() -> SessionFile.read(dir)).hasMessage("it is a folder, not a file");
        Path binary = Files.write(dir.resolve("image.alab"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, 0});
        assertThatThrownBy(() -> SessionFile.read(binary)).hasMessage("it is not UTF-8 text: save it as UTF-8 (with or without a byte order mark)");
    }

    @Test
    void writingThenReadingGivesTheSameParts() throws Exception {
        ObjectNode parts = JsonNodeFactory.instance.objectNode();
        parts.putObject("curves").put("depth", 3).put("epsilon", 0.1 + 0.2);
        Path file = dir.resolve("s.alab");
        SessionFile.write(file, SessionFile.envelope("1.2.3", parts));
        SessionDocument d = SessionFile.read(file);
        assertThat(d.app()).isEqualTo("1.2.3");
        assertThat(d.version()).isEqualTo(SessionFile.VERSION);
        assertThat(d.parts().get("curves").get("epsilon").doubleValue()).isEqualTo(0.1 + 0.2);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("{").contains("\"format\" : \"activation-lab-session\"");
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAsItWasAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("kept.alab");
        Files.writeString(file, VALID);
        ObjectNode parts = JsonNodeFactory.instance.objectNode();
        parts.set("broken", new POJONode(new Object() {
            @SuppressWarnings("unused")
            public String getValue() {
                throw new IllegalStateException("serialisation fails half-way");
            }
        }));
        assertThatThrownBy(() -> SessionFile.write(file, SessionFile.envelope("1", parts)))
                .isInstanceOf(ExportException.class).hasMessageContaining("kept.alab");
        assertThat(Files.readString(file)).isEqualTo(VALID);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        Path file = dir.resolve("bom.alab");
        byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);

        assertThat(SessionFile.read(file)).isEqualTo(SessionFile.parse(VALID));
        assertThat(SessionFile.parse("\uFEFF" + VALID)).isEqualTo(SessionFile.parse(VALID));
    }

    @Test
    void utf16TextIsRefusedAsNotUtf8() throws Exception {
        Path file = Files.write(dir.resolve("utf16.alab"), VALID.getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(JsonFormatException.class)
                .hasMessageStartingWith("it is not UTF-8 text");
    }

    @Test
    void theExtensionIsRecognisedInAnyCase() {
        assertThat(SessionFile.hasExtension(Path.of("a/b.alab"))).isTrue();
        assertThat(SessionFile.hasExtension(Path.of("B.ALAB"))).isTrue();
        assertThat(SessionFile.hasExtension(Path.of("b.alab.json"))).isFalse();
        assertThat(SessionFile.hasExtension(Path.of("alab"))).isFalse();
    }
}
