package org.activationlab.ui.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Stack traces of failures in small, rotated log files: {@code activation-lab.0.log} (the newest)
 * to {@code activation-lab.2.log}, each at most {@value #LIMIT_BYTES} bytes, written by the JDK's
 * {@link FileHandler} (it rotates and locks the files itself). The files are opened on the first
 * failure, so a run where nothing fails writes nothing.
 */
public final class ProblemLog {
    /** The most bytes per file before the files rotate. */
    static final int LIMIT_BYTES = 256 * 1024;
    /** The number of files kept. */
    static final int FILES = 3;
    /** The system property that, when set, names the log folder (tests). */
    public static final String FOLDER_PROPERTY = "activationlab.log.dir";
    private static final String PATTERN = "activation-lab.%g.log";

    private final Path folder;
    private FileHandler handler;

    /** A log in {@code folder} (created on the first failure). */
    public ProblemLog(Path folder) {
        this.folder = folder;
    }

    /**
     * The log folder: the {@value #FOLDER_PROPERTY} property if set, else {@code logs} in the
     * folder where the app keeps lessons, {@code ~/.activation-lab}.
     */
    public static Path defaultFolder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".activation-lab", "logs");
    }

    /** The folder the files are in. */
    public Path folder() {
        return folder;
    }

    /** The file written to now. */
    public Path newestFile() {
        return folder.resolve(PATTERN.replace("%g", "0"));
    }

    /**
     * Appends {@code failure}'s stack trace, headed by {@code headline}.
     *
     * @return why it could not be written, if it could not
     */
    public synchronized Optional<String> write(String headline, Throwable failure) {
        try {
            if (handler == null) {
                Files.createDirectories(folder);
                handler = new FileHandler(folder.resolve(PATTERN).toString(), LIMIT_BYTES, FILES, true);
                handler.setEncoding(StandardCharsets.UTF_8.name());
                handler.setFormatter(new SimpleFormatter());
            }
            LogRecord entry = new LogRecord(Level.SEVERE, headline);
            entry.setThrown(failure);
            entry.setLoggerName("org.activationlab");
            handler.publish(entry);
            handler.flush();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.toString());
        }
    }

    /** The newest file's text, if anything was logged. */
    public synchronized Optional<String> newestText() throws IOException {
        if (handler != null) {
            handler.flush();
        }
        Path file = newestFile();
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** Closes the files. */
    public synchronized void close() {
        if (handler != null) {
            handler.close();
            handler = null;
        }
    }
}
