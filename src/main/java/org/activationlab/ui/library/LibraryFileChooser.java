package org.activationlab.ui.library;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks which functions file to import and where to export the library. The app uses the
 * platform's dialogs ({@link NativeLibraryFileChooser}); tests answer with a path.
 */
public interface LibraryFileChooser {

    /** Asks for a functions file to import; empty when the user cancelled. */
    Optional<Path> chooseImport(Window owner);

    /** Asks where to export the library; empty when the user cancelled. */
    Optional<Path> chooseExport(Window owner);
}
