package org.activationlab.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user where to save one of the run's files (animated GIF, metrics CSV, weights JSON).
 * The app uses the platform's save dialog ({@link NativeRunFileChooser}); tests answer with a path.
 */
@FunctionalInterface
public interface RunFileChooser {

    /**
     * Asks for a file to save.
     *
     * @param owner the window the question belongs to, or null
     * @param suggestedName the proposed file name with its extension, e.g. {@code metrics.csv}
     * @param patterns the file name patterns offered, e.g. {@code *.csv}
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> choose(Window owner, String suggestedName, List<String> patterns);
}
