package org.activationlab.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.activationlab.ui.PlatformFileDialog;

/**
 * The platform's save dialog ({@link PlatformFileDialog}), filtered to the file's patterns; it asks
 * before replacing a file.
 */
public final class NativeRunFileChooser implements RunFileChooser {
    @Override
    public Optional<Path> choose(Window owner, String suggestedName, List<String> patterns) {
        return new PlatformFileDialog(null, String.join(", ", patterns), patterns, suggestedName, null).showSave(owner);
    }
}
