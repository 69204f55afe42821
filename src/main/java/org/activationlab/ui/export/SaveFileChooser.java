package org.activationlab.ui.export;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.stage.Window;
import org.activationlab.export.ExportFormat;

/**
 * Asks the user where to save an export. The app uses the platform's save dialog
 * ({@link NativeSaveFileChooser}); tests supply the path themselves.
 */
@FunctionalInterface
public interface SaveFileChooser {

    /**
     * Asks for a file to write {@code format} to.
     *
     * @param owner the window the question belongs to
     * @param suggestedName the proposed file name without extension, e.g. {@code curves}
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<ChosenFile> choose(Window owner, ExportFormat format, String suggestedName);

    /**
     * A file the user chose.
     *
     * @param path where to write
     * @param replaceConfirmed whether the chooser already asked the user to replace this very
     *                         file if it exists (the platform save dialogs do), so that the
     *                         app does not ask twice
     */
    record ChosenFile(Path path, boolean replaceConfirmed) {
        public ChosenFile {
            Objects.requireNonNull(path, "path");
        }
    }
}
