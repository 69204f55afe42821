package org.activationlab.ui.shootout;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.activationlab.ui.Messages;
import org.activationlab.ui.PlatformFileDialog;

/**
 * Asks which CSV file of points to add as a shoot-out task. The app uses the platform's open dialog
 * ({@link #platform()}); tests, which cannot drive a file dialog headless, answer with a path.
 */
@FunctionalInterface
public interface DataFileChooser {
    /**
     * @param owner the window the question belongs to, or null
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> choose(Window owner);

    /** The platform's open dialog, filtered to {@code *.csv}. */
    static DataFileChooser platform() {
        return owner -> new PlatformFileDialog(Messages.get(ShootoutKeys.FILE_CHOOSER_TITLE),
                Messages.get(ShootoutKeys.FILE_CHOOSER_FILTER), List.of("*.csv"), "", null).showOpen(owner);
    }
}
