package org.activationlab.ui.training;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's save dialog, filtered to the file's patterns; it asks before replacing a file. */
public final class NativeRunFileChooser implements RunFileChooser {
    @Override
    public Optional<Path> choose(Window owner, String suggestedName, List<String> patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
