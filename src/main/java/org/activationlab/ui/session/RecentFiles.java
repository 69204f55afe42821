package org.activationlab.ui.session;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.ui.prefs.UserPreferences;

/**
 * The sessions opened or saved last, newest first, at most {@value #MAX} and without duplicates,
 * kept in the user's preferences under {@value #KEY}.
 */
public final class RecentFiles {
    /** How many files the list keeps. */
    public static final int MAX = 8;
    /** The preference key. */
    static final String KEY = "session.recent";

    private final UserPreferences preferences;

    public RecentFiles(UserPreferences preferences) {
        this.preferences = preferences;
    }

    /** The files, newest first (entries that are not paths are skipped). */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String text : preferences.getStrings(KEY)) {
            try {
                Path p = Path.of(text);
                if (!files.contains(p) && files.size() < MAX) {
                    files.add(p);
                }
            } catch (InvalidPathException e) {
                // A path written on another platform: not openable here, so not listed.
            }
        }
        return files;
    }

    /** Puts {@code file} first (moving it if listed), dropping the oldest beyond {@value #MAX}. */
    public void add(Path file) {
        Path p = normal(file);
        List<Path> files = list();
        files.remove(p);
        files.add(0, p);
        store(files.subList(0, Math.min(MAX, files.size())));
    }

    /** Takes {@code file} off the list. */
    public void remove(Path file) {
        List<Path> files = list();
        if (files.remove(normal(file))) {
            store(files);
        }
    }

    /** Empties the list. */
    public void clear() {
        store(List.of());
    }

    /**
     * Takes the files that no longer exist off the list.
     *
     * @return the files taken off, newest first
     */
    public List<Path> removeMissing() {
        List<Path> files = list();
        List<Path> missing = files.stream().filter(p -> !Files.isRegularFile(p)).toList();
        if (!missing.isEmpty()) {
            files.removeAll(missing);
            store(files);
        }
        return missing;
    }

    private void store(List<Path> files) {
        preferences.putStrings(KEY, files.stream().map(Path::toString).toList());
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
