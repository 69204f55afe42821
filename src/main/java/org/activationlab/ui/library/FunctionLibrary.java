package org.activationlab.ui.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationlab.export.ExportException;
import org.activationlab.ui.Messages;

/**
 * The user's personal library of formulas, kept in a file ({@link FunctionLibraryFile}): an
 * observable list of {@link LibraryEntry entries} with unique names that the function lists of
 * every tab follow, and the commands that change it. Every change is written at once,
 * atomically; a write that fails is reported to {@link #onProblem}, never thrown, and the change
 * stays in the list.
 *
 * <p>Nothing the user made is lost: when the file had broken entries (skipped on loading, see
 * {@link #loadProblems()}) or could not be read at all, the first change copies it aside to
 * {@code functions-broken-<date>.json} before writing the entries that loaded, and says where.
 * Used on the JavaFX thread.
 */
public final class FunctionLibrary {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final ObservableList<LibraryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LibraryEntry> readOnly = FXCollections.unmodifiableObservableList(entries);
    private final List<String> loadProblems;
    private boolean keepOriginal;
    private Consumer<String> problems = message -> { };

    /** The library kept in {@code file} (empty if the file does not exist). */
    public FunctionLibrary(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        LibraryLoad load = Files.exists(file) ? FunctionLibraryFile.read(file) : new LibraryLoad(List.of(), List.of());
        entries.setAll(load.entries());
        loadProblems = load.problems();
        keepOriginal = !load.intact();
    }

    /** The one library of this user ({@link FunctionLibraryFile#defaultFile()}), loaded on first use. */
    public static FunctionLibrary standard() {
        return Standard.INSTANCE;
    }

    /** Loads the standard instance on first use. */
    private static final class Standard {
        static final FunctionLibrary INSTANCE = new FunctionLibrary(FunctionLibraryFile.defaultFile());
    }

    /** The file the library is kept in. */
    public Path file() {
        return file;
    }

    /** The entries, in the order they were added; unmodifiable, observable. */
    public ObservableList<LibraryEntry> entries() {
        return readOnly;
    }

    /** The problems of the file when it was loaded (broken entries skipped), in the user's language. */
    public List<String> loadProblems() {
        return loadProblems;
    }

    /** Receives the message of each write that fails (e.g. to show it in the status bar or a dialog). */
    public void onProblem(Consumer<String> listener) {
        problems = Objects.requireNonNull(listener, "listener");
    }

    /** The entry called {@code name}, if any. */
    public Optional<LibraryEntry> find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * Adds {@code entry} at the end.
     *
     * @throws IllegalArgumentException if an entry has its name already
     */
    public void add(LibraryEntry entry) {
        requireFree(entry.name());
        entries.add(entry);
        save();
    }

    /** Removes the entry called {@code name}, if any. */
    public void remove(String name) {
        if (entries.removeIf(e -> e.name().equals(name))) {
            save();
        }
    }

    /**
     * Gives the entry called {@code name} the name {@code newName}.
     *
     * @throws IllegalArgumentException if {@code newName} is blank or another entry's name
     * @throws java.util.NoSuchElementException if there is no entry {@code name}
     */
    public void rename(String name, String newName) {
        LibraryEntry old = find(name).orElseThrow();
        LibraryEntry renamed = old.withName(newName);
        if (!renamed.name().equals(name)) {
            requireFree(renamed.name());
            replace(old, renamed);
        }
    }

    /**
     * Gives the entry called {@code name} the description {@code description}.
     *
     * @throws java.util.NoSuchElementException if there is no entry {@code name}
     */
    public void describe(String name, String description) {
        LibraryEntry old = find(name).orElseThrow();
        if (!old.description().equals(description)) {
            replace(old, old.withDescription(description));
        }
    }

    /** Replaces every entry by {@code merged} (the result of an import), with one write. */
    public void setAll(List<LibraryEntry> merged) {
        LibraryMerge.requireUniqueNames(merged);
        entries.setAll(merged);
        save();
    }

    private void replace(LibraryEntry old, LibraryEntry now) {
        entries.set(entries.indexOf(old), now);
        save();
    }

    private void requireFree(String name) {
        if (find(name).isPresent()) {
            throw new IllegalArgumentException(Messages.format(LibraryKeys.NAME_TAKEN, name));
        }
    }

    private void save() {
        try {
            if (keepOriginal && Files.exists(file)) {
                Path copy = file.resolveSibling("functions-broken-" + LocalDateTime.now().format(STAMP) + ".json");
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                problems.accept(Messages.format(LibraryKeys.KEPT_ORIGINAL, copy));
            }
            keepOriginal = false;
            FunctionLibraryFile.write(file, new ArrayList<>(entries));
        } catch (IOException | ExportException e) {
            problems.accept(Messages.format(LibraryKeys.CANNOT_SAVE, file, String.valueOf(e.getMessage())));
        }
    }
}
