package org.activationlab.ui.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.activationlab.export.AtomicFiles;
import org.activationlab.export.ExportException;

/**
 * Reads and writes session files ({@code .alab}): UTF-8 JSON of the form
 * {@code {"format":"activation-lab-session","version":1,"app":"0.1.0","parts":{...}}} (the layout
 * is documented in {@code docs/session-format.md}). Writing is atomic; reading checks the
 * envelope and refuses, with a message saying why, anything that is not a complete session of a
 * version this app understands.
 */
public final class SessionFile {
    /** The value of the {@code "format"} field. */
    public static final String FORMAT = "activation-lab-session";
    /** The newest format version this app reads, and the one it writes. */
    public static final int VERSION = 1;
    /** The file name extension, without the dot. */
    public static final String EXTENSION = "alab";
    /** Larger files are refused before parsing: a session of this app is a few kilobytes. */
    static final long MAX_BYTES = 16L << 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SessionFile() {
    }

    /** Whether {@code path}'s name ends in {@code .alab} (any case). */
    public static boolean hasExtension(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith("." + EXTENSION);
    }

    /** The whole session file for {@code parts}, as written by app version {@code app}. */
    public static ObjectNode envelope(String app, ObjectNode parts) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("app", app);
        root.set("parts", parts);
        return root;
    }

    /**
     * Writes {@code session} (see {@link #envelope}) to {@code target} atomically: an existing
     * file is replaced only once the new one is completely written.
     *
     * @throws ExportException naming the file and why it could not be written
     */
    public static void write(Path target, ObjectNode session) throws ExportException {
        AtomicFiles.write(target, out -> {
            out.write(MAPPER.writeValueAsBytes(session));
            out.write('\n');
        });
    }

    /**
     * Reads and checks the session in {@code file}.
     *
     * @throws SessionFormatException saying why the file is not a session this app can open
     */
    public static SessionDocument read(Path file) throws SessionFormatException {
        return parse(readText(file));
    }

    /**
     * Checks the session in {@code text}.
     *
     * @throws SessionFormatException saying why the text is not a session this app can open
     */
    public static SessionDocument parse(String text) throws SessionFormatException {
        if (text.isBlank()) {
            throw new SessionFormatException("the file is empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (StreamReadException e) {
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw new SessionFormatException("the file is cut short: it ends in the middle of the JSON ("
                        + location(e) + ")", e);
            }
            throw new SessionFormatException("not a session file: not valid JSON (" + problem(e) + ", "
                    + location(e) + ")", e);
        } catch (JsonProcessingException e) {
            throw new SessionFormatException("not a session file: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new SessionFormatException("not a session file: it holds " + JsonFields.describe(root)
                    + " instead of an object with \"format\": \"" + FORMAT + "\"");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual()) {
            throw new SessionFormatException("not a session file: it has no \"format\": \"" + FORMAT + "\" field");
        }
        if (!FORMAT.equals(format.textValue())) {
            throw new SessionFormatException("not a session file: its format is \"" + format.textValue()
                    + "\", expected \"" + FORMAT + "\"");
        }
        JsonFields fields = JsonFields.of(root, "session");
        int version = fields.integer("version");
        String app = fields.has("app") ? fields.text("app") : "unknown";
        if (version > VERSION) {
            throw new SessionFormatException("the file was saved by a newer Activation Lab (" + app
                    + ", session format version " + version + "); this version opens session format version "
                    + VERSION + " and older: update Activation Lab to open it");
        }
        if (version < 1) {
            throw fields.invalid("version", "must be a whole number from 1 to " + VERSION + ", got " + version);
        }
        JsonFields parts = fields.object("parts");
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (String id : parts.names()) {
            byId.put(id, parts.raw(id));
        }
        return new SessionDocument(version, app, byId);
    }

    private static String readText(Path file) throws SessionFormatException {
        try {
            if (Files.isDirectory(file)) {
                throw new SessionFormatException("it is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SessionFormatException("not a session file: " + size + " bytes is far larger than a session ("
                        + (MAX_BYTES >> 20) + " MB at most)");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new SessionFormatException("the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw new SessionFormatException("permission denied: the file cannot be read", e);
        } catch (CharacterCodingException e) {
            throw new SessionFormatException("not a session file: it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new SessionFormatException("the file cannot be read: " + e.getMessage(), e);
        }
    }

    /** Jackson's description of a syntax error, without its note on where the enclosing object started. */
    private static String problem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int note = message.indexOf(" (for ");
        return note < 0 ? message : message.substring(0, note);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "position unknown"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
