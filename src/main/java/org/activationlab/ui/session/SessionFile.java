package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.activationlab.export.AtomicFiles;
import org.activationlab.export.ExportException;
import org.activationlab.ui.Messages;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.json.JsonKeys;
import org.activationlab.ui.json.JsonText;

/**
 * Reads and writes session files ({@code .alab}): UTF-8 JSON of the form
 * {@code {"format":"activation-lab-session","version":1,"app":"0.1.0","parts":{...}}} (the layout
 * is documented in {@code docs/session-format.md}), read and written with Jackson through
 * {@link JsonText}. Writing is atomic; reading checks the envelope and refuses, with a message saying why, anything that is not a complete session of a
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

    /** Where the parts are, as a JSON pointer. */
    public static final String PARTS_POINTER = "/parts";
    private static final ObjectMapper MAPPER = JsonText.MAPPER;

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
     * @throws JsonFormatException saying why the file is not a session this app can open
     */
    public static SessionDocument read(Path file) throws JsonFormatException {
        return document(JsonText.read(file, MAX_BYTES));
    }

    /**
     * Checks the session in {@code text}.
     *
     * @throws JsonFormatException saying why the text is not a session this app can open
     */
    public static SessionDocument parse(String text) throws JsonFormatException {
        return document(JsonText.parse(text));
    }

    private static SessionDocument document(JsonNode root) throws JsonFormatException {
        if (!root.isObject()) {
            throw new JsonFormatException("not a session file: it holds " + FieldReader.describe(root)
                    + " instead of an object with \"format\": \"" + FORMAT + "\"");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual()) {
            throw new JsonFormatException("not a session file: it has no \"format\": \"" + FORMAT + "\" field");
        }
        if (!FORMAT.equals(format.textValue())) {
            throw new JsonFormatException("not a session file: its format is \"" + format.textValue()
                    + "\", expected \"" + FORMAT + "\"");
        }
        FieldReader fields = FieldReader.of(root, "");
        fields.text("format");
        JsonNode versionNode = fields.raw("version");
        if (!versionNode.isIntegralNumber()) {
            throw fields.invalid("version", Messages.format(JsonKeys.EXPECTED_WHOLE, "1", Integer.toString(VERSION),
                    FieldReader.describe(versionNode)));
        }
        String version = versionNode.asText();
        String app = fields.has("app") ? fields.text("app") : "unknown";
        if (versionNode.bigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) > 0) {
            throw new JsonFormatException("the file was saved by a newer Activation Lab (" + app
                    + ", session format version " + version + "); this version opens session format version "
                    + VERSION + " and older: update Activation Lab to open it");
        }
        if (versionNode.bigIntegerValue().signum() <= 0) {
            throw fields.invalid("version", Messages.format(JsonKeys.EXPECTED_WHOLE, "1", Integer.toString(VERSION),
                    version));
        }
        FieldReader parts = fields.object("parts");
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (String id : parts.names()) {
            byId.put(id, parts.raw(id));
        }
        return new SessionDocument(versionNode.intValue(), app, byId);
    }
}
