package org.activationlab.ui.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.activationlab.json.Jackson;
import org.activationlab.ui.Messages;

/**
 * Turns the bytes of a JSON file the app keeps (sessions, lessons, preferences) into a Jackson
 * tree, the same way for each: UTF-8 only (with or without a byte order mark), one value, no
 * field twice, nothing after it. A problem is a {@link JsonFormatException} in the user's
 * language naming the line and column. {@link #MAPPER} also writes these files.
 */
public final class JsonText {
    /** The app's one mapper ({@link Jackson}): reads strictly, writes indented. */
    public static final ObjectMapper MAPPER = Jackson.MAPPER;
    /** The byte order mark some editors put at the start of UTF-8 text. */
    static final char BOM = '\uFEFF';
    /** Jackson's note on where an unclosed value began, which names no useful source. */
    private static final Pattern SOURCE_NOTE = Pattern.compile(
            "\\s*\\((start marker at|for [A-Za-z]+ starting at) \\[Source: .*\\]\\)|\\s*\\(bound as [^)]*\\)");
    /** Jackson's hint naming the feature that refused trailing content, which means nothing to a user. */
    private static final Pattern FEATURE_NOTE = Pattern.compile(":? not allowed as per `[A-Za-z_.]+`");

    private JsonText() {
    }

    /**
     * The JSON in {@code file}.
     *
     * @param maxBytes larger files are refused before they are read
     * @throws JsonFormatException if the file cannot be read or is not JSON
     */
    public static JsonNode read(Path file, long maxBytes) throws JsonFormatException {
        return parse(decode(bytes(file, maxBytes)));
    }

    /** The bytes of {@code file}, refused with a message naming why they cannot be read. */
    static byte[] bytes(Path file, long maxBytes) throws JsonFormatException {
        try {
            if (Files.isDirectory(file)) {
                throw new JsonFormatException(Messages.get(JsonKeys.FILE_FOLDER));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new JsonFormatException(Messages.format(JsonKeys.FILE_TOO_LARGE, Long.toString(size),
                        Long.toString(maxBytes >> 20)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new JsonFormatException(Messages.get(JsonKeys.FILE_NOT_FOUND), e);
        } catch (AccessDeniedException e) {
            throw new JsonFormatException(Messages.get(JsonKeys.FILE_DENIED), e);
        } catch (IOException e) {
            throw new JsonFormatException(Messages.format(JsonKeys.FILE_UNREADABLE,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /**
     * {@code bytes} as UTF-8 text without a leading byte order mark.
     *
     * @throws JsonFormatException if they are not UTF-8 (UTF-16, Latin-1, a binary file)
     */
    public static String decode(byte[] bytes) throws JsonFormatException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.isEmpty() || text.charAt(0) != BOM ? text : text.substring(1);
        } catch (CharacterCodingException e) {
            throw new JsonFormatException(Messages.get(JsonKeys.FILE_NOT_UTF8), e);
        }
    }

    /**
     * The JSON value in {@code text} (a leading byte order mark is skipped).
     *
     * @throws JsonFormatException if it is blank, cut short or not valid JSON
     */
    public static JsonNode parse(String text) throws JsonFormatException {
        String json = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        if (json.isBlank()) {
            throw new JsonFormatException(Messages.get(JsonKeys.FILE_EMPTY));
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
            String column = e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getColumnNr());
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw new JsonFormatException(Messages.format(JsonKeys.FILE_CUT_SHORT, line, column), e);
            }
            throw new JsonFormatException(Messages.format(JsonKeys.FILE_SYNTAX, line, column,
                    FEATURE_NOTE.matcher(SOURCE_NOTE.matcher(String.valueOf(e.getOriginalMessage()))
                            .replaceAll("")).replaceAll("")), e);
        }
    }
}
