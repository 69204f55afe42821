package org.activationlab.ui.prefs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.activationlab.export.AtomicFiles;
import org.activationlab.export.ExportException;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.json.JsonText;

/**
 * The settings the app keeps between runs (recent sessions, window placement, the last folder
 * of the file choosers, and whatever other features store: language, theme, scale), as one JSON
 * object in {@value #FILE_NAME} in the user's configuration folder. Every change is written at
 * once, atomically; a file that cannot be read or parsed is ignored (the app starts with
 * defaults, {@link #loadProblem()} says why in the words of {@link JsonFormatException}, and
 * the next change replaces it), and a write that fails is reported, never thrown. Read through
 * {@link JsonText} like every JSON file of the app (UTF-8 with or without a byte order mark).
 * As in every file type, a key whose value is null counts as absent, and a key no feature reads
 * (one a newer version stored) is kept and written back unchanged.
 *
 * <p>Keys are dotted names owned by one feature each, e.g. {@code session.recent} or
 * {@code window.width}. Used on the JavaFX thread; the methods are synchronized so that a
 * background task may read too.
 */
public final class UserPreferences {
    /** The file's name in the configuration folder. */
    public static final String FILE_NAME = "preferences.json";
    /** A system property that, when set, names the configuration folder (tests, portable installs). */
    public static final String DIRECTORY_PROPERTY = "activationlab.config.dir";
    /** The folder's name under the platform's configuration root. */
    static final String APP_FOLDER = "activation-lab";

    /** Larger files are refused: the preferences are a few hundred bytes. */
    static final long MAX_BYTES = 1L << 20;
    private static final ObjectMapper MAPPER = JsonText.MAPPER;

    private final Path file;
    private final ObjectNode values;
    private final String loadProblem;
    private Consumer<String> problems = message -> { };

    /**
     * The preferences stored in {@code file} (none yet if it does not exist).
     */
    public UserPreferences(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        ObjectNode loaded = JsonNodeFactory.instance.objectNode();
        String problem = null;
        if (Files.exists(file)) {
            try {
                JsonNode root = JsonText.read(file, MAX_BYTES);
                FieldReader.of(root, ""); // refuses anything but an object
                loaded = (ObjectNode) root;
            } catch (JsonFormatException e) {
                problem = e.inFile(file);
            }
        }
        this.values = loaded;
        this.loadProblem = problem;
    }

    /**
     * The one instance for this user's file in {@link #defaultDirectory()}, loaded on first use.
     * Every feature uses this same instance, so that no two copies overwrite each other's keys.
     */
    public static UserPreferences standard() {
        return Standard.INSTANCE;
    }

    /** Loads the standard instance on first use. */
    private static final class Standard {
        static final UserPreferences INSTANCE = new UserPreferences(defaultDirectory().resolve(FILE_NAME));
    }

    /**
     * The configuration folder: the {@value #DIRECTORY_PROPERTY} property if set, else
     * {@code %APPDATA%\activation-lab} on Windows, {@code ~/Library/Application Support/activation-lab}
     * on macOS, and {@code $XDG_CONFIG_HOME/activation-lab} (default {@code ~/.config/activation-lab}) elsewhere.
     */
    public static Path defaultDirectory() {
        String override = System.getProperty(DIRECTORY_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve(APP_FOLDER);
    }

    /** Why the stored preferences could not be used, if they could not. */
    public Optional<String> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    /** Receives the message of each write that fails (e.g. to show it in the status bar). */
    public synchronized void onProblem(Consumer<String> listener) {
        problems = Objects.requireNonNull(listener, "listener");
    }

    /** The string stored under {@code key}, if a string is. */
    public synchronized Optional<String> getString(String key) {
        JsonNode v = values.get(key);
        return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
    }

    /** The finite number stored under {@code key}, or {@code fallback}. */
    public synchronized double getDouble(String key, double fallback) {
        JsonNode v = values.get(key);
        return v != null && v.isNumber() && Double.isFinite(v.doubleValue()) ? v.doubleValue() : fallback;
    }

    /** The boolean stored under {@code key}, or {@code fallback}. */
    public synchronized boolean getBoolean(String key, boolean fallback) {
        JsonNode v = values.get(key);
        return v != null && v.isBoolean() ? v.booleanValue() : fallback;
    }

    /** The strings stored under {@code key} (non-strings skipped), empty if none. */
    public synchronized List<String> getStrings(String key) {
        JsonNode v = values.get(key);
        List<String> list = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(item -> {
                if (item.isTextual()) {
                    list.add(item.textValue());
                }
            });
        }
        return list;
    }

    public synchronized void putString(String key, String value) {
        store(key, JsonNodeFactory.instance.textNode(Objects.requireNonNull(value, "value")));
    }

    /**
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public synchronized void putDouble(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a preference must be a finite number, got " + value + " for " + key);
        }
        store(key, JsonNodeFactory.instance.numberNode(value));
    }

    public synchronized void putBoolean(String key, boolean value) {
        store(key, JsonNodeFactory.instance.booleanNode(value));
    }

    public synchronized void putStrings(String key, List<String> value) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        value.forEach(array::add);
        store(key, array);
    }

    /** Forgets {@code key}. */
    public synchronized void remove(String key) {
        if (values.remove(key) != null) {
            write();
        }
    }

    private void store(String key, JsonNode value) {
        if (!value.equals(values.get(key))) {
            values.set(key, value);
            write();
        }
    }

    private void write() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, out -> out.write(MAPPER.writeValueAsBytes(values)));
        } catch (IOException | ExportException e) {
            problems.accept("cannot save the preferences: " + e.getMessage());
        }
    }
}
