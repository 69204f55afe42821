package org.activationlab.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The platform's file dialog, the one way the app asks where to save a file (exports, sessions,
 * training files) or which session to open. The dialog is filtered to one file type, proposes a
 * name and opens in a folder the caller remembers. The platform save dialogs (GTK, Windows,
 * macOS) ask before replacing a file.
 *
 * @param title the dialog's title, or null for the platform's
 * @param filter the filter's description, e.g. "PNG image (*.png)"
 * @param patterns the filter's patterns, e.g. {@code *.png}
 * @param initialName the proposed file name, with its extension (ignored when opening)
 * @param initialFolder the folder the dialog opens in, or null for the platform's choice
 */
public record PlatformFileDialog(String title, String filter, List<String> patterns, String initialName, Path initialFolder) {

    public PlatformFileDialog {
        Objects.requireNonNull(filter, "filter");
        patterns = List.copyOf(patterns);
        Objects.requireNonNull(initialName, "initialName");
    }

    /** Asks where to save; empty when the user cancelled. */
    public Optional<Path> showSave(Window owner) {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(initialName);
        return chosen(chooser.showSaveDialog(owner));
    }

    /** Asks which file to open; empty when the user cancelled. */
    public Optional<Path> showOpen(Window owner) {
        return chosen(chooser().showOpenDialog(owner));
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        if (title != null) {
            chooser.setTitle(title);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, patterns));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    private static Optional<Path> chosen(File file) {
        return Optional.ofNullable(file).map(f -> f.toPath().toAbsolutePath());
    }
}
