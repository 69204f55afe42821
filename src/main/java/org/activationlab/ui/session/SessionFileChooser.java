package org.activationlab.ui.session;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user which session file to open or where to save one. The app uses the platform's
 * dialogs ({@link NativeSessionFileChooser}); tests answer with paths of their own.
 */
public interface SessionFileChooser {

    /** The session file to open, or empty when the user cancelled. */
    Optional<Path> chooseToOpen(Window owner);

    /**
     * Where to save a session, or empty when the user cancelled. The platform dialogs ask before
     * replacing the file chosen.
     *
     * @param suggestedName the proposed file name, with its extension
     */
    Optional<Path> chooseToSave(Window owner, String suggestedName);
}
