package org.activationlab.ui.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.activationlab.export.AtomicFiles;
import org.activationlab.export.ExportException;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.FormulaSpec;
import org.activationlab.ui.Messages;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.json.JsonText;
import org.activationlab.ui.session.ActivationJson;

/**
 * Reads and writes a functions library file (the user's {@value #FILE_NAME}, or a file shared
 * with a class), documented in {@code docs/functions-library.md}:
 * <pre>{@code {"format": "activation-lab-functions", "version": 1, "functions": [
 *   {"name": "Mish", "description": "x tanh(softplus(x))", "formula": "x*tanh(softplus(x))", "parameters": {}}]}}</pre>
 * Each function's formula and parameters are those of a session's activation ({@link ActivationJson}).
 * Reading is lenient per entry: a broken entry (a bad formula, a missing name, a name that came
 * earlier) is reported with its JSON pointer and skipped, and the others are used; a file that is
 * not JSON, not a library, or of a newer format version gives no entries and one problem. Writing
 * is atomic ({@link AtomicFiles}).
 */
public final class FunctionLibraryFile {
    /** The user's library's file name. */
    public static final String FILE_NAME = "functions.json";
    /** The value of {@code "format"}. */
    public static final String FORMAT = "activation-lab-functions";
    /** The format version this app writes and the newest it reads. */
    public static final int VERSION = 1;
    /** A system property that, when set, names the user's library file (tests, portable installs). */
    public static final String FILE_PROPERTY = "activationlab.functions.file";

    static final String FORMAT_FIELD = "format";
    static final String VERSION_FIELD = "version";
    static final String FUNCTIONS = "functions";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String FORMULA = "formula";
    /** Larger files are refused: a library of a thousand formulas is far smaller. */
    static final long MAX_BYTES = 8L << 20;

    private FunctionLibraryFile() {
    }

    /**
     * The user's library file: the {@value #FILE_PROPERTY} property if set, else
     * {@value #FILE_NAME} in {@code ~/.activation-lab}, the folder that also holds the user's
     * lessons and the problem logs.
     */
    public static Path defaultFile() {
        String override = System.getProperty(FILE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".activation-lab", FILE_NAME);
    }

    /** The functions in {@code file}; broken entries are skipped and named in the problems. */
    public static LibraryLoad read(Path file) {
        try {
            return read(JsonText.read(file, MAX_BYTES));
        } catch (JsonFormatException e) {
            return new LibraryLoad(List.of(), List.of(e.inFile(file.getFileName())));
        }
    }

    /** The functions in the JSON document {@code root}. */
    static LibraryLoad read(JsonNode root) {
        List<LibraryEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            FieldReader fields = FieldReader.of(root, "");
            String format = fields.text(FORMAT_FIELD);
            if (!FORMAT.equals(format)) {
                throw fields.invalid(FORMAT_FIELD, Messages.format(LibraryKeys.NOT_LIBRARY, format, FORMAT));
            }
            int version = fields.integer(VERSION_FIELD);
            if (version > VERSION) {
                throw fields.invalid(VERSION_FIELD, Messages.format(LibraryKeys.NEWER_VERSION,
                        Integer.toString(version), Integer.toString(VERSION)));
            }
            List<JsonNode> elements = fields.list(FUNCTIONS, false);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < elements.size(); i++) {
                try {
                    FieldReader entryFields = fields.element(FUNCTIONS, i, elements.get(i));
                    LibraryEntry entry = entry(entryFields);
                    if (!names.add(entry.name())) {
                        throw entryFields.invalid(NAME, Messages.format(LibraryKeys.DUPLICATE_IN_FILE, entry.name()));
                    }
                    entries.add(entry);
                } catch (JsonFormatException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (JsonFormatException e) {
            problems.add(e.getMessage());
        }
        return new LibraryLoad(entries, problems);
    }

    private static LibraryEntry entry(FieldReader fields) throws JsonFormatException {
        String name = fields.nonBlankText(NAME);
        String description = fields.has(DESCRIPTION) ? fields.text(DESCRIPTION) : "";
        fields.nonBlankText(FORMULA);
        ActivationSpec spec = ActivationJson.read(fields);
        return new LibraryEntry(name, description, (FormulaSpec) spec);
    }

    /** {@code entries} as a library document. */
    static ObjectNode document(List<LibraryEntry> entries) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put(FORMAT_FIELD, FORMAT);
        root.put(VERSION_FIELD, VERSION);
        ArrayNode functions = root.putArray(FUNCTIONS);
        for (LibraryEntry entry : entries) {
            ObjectNode node = functions.addObject();
            node.put(NAME, entry.name());
            node.put(DESCRIPTION, entry.description());
            node.setAll(ActivationJson.write(entry.formula()));
        }
        return root;
    }

    /**
     * Writes {@code entries} to {@code file} atomically (the folder is made if missing).
     *
     * @throws ExportException naming the file and why it cannot be written
     */
    public static void write(Path file, List<LibraryEntry> entries) throws ExportException {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExportException(Messages.format(LibraryKeys.CANNOT_MAKE_FOLDER, folder, String.valueOf(e.getMessage())), e);
        }
        AtomicFiles.write(file, out -> out.write(JsonText.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(document(entries))));
    }
}
