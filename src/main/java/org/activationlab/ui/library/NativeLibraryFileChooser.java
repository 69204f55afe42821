package org.activationlab.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.activationlab.ui.Messages;
import org.activationlab.ui.PlatformFileDialog;

/** The platform's open and save dialogs ({@link PlatformFileDialog}), filtered to JSON files. */
public final class NativeLibraryFileChooser implements LibraryFileChooser {
    private static final List<String> PATTERNS = List.of("*.json");
    private static final String SUGGESTED_NAME = "functions.json";

    @Override
    public Optional<Path> chooseImport(Window owner) {
        return dialog(LibraryKeys.IMPORT).showOpen(owner);
    }

    @Override
    public Optional<Path> chooseExport(Window owner) {
        return dialog(LibraryKeys.EXPORT).showSave(owner);
    }

    private static PlatformFileDialog dialog(String titleKey) {
        return new PlatformFileDialog(Messages.get(titleKey), Messages.get(LibraryKeys.FILE_FILTER), PATTERNS,
                SUGGESTED_NAME, null);
    }
}
