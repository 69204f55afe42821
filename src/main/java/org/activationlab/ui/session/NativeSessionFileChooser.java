package org.activationlab.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.activationlab.ui.Messages;
import org.activationlab.ui.PlatformFileDialog;
import org.activationlab.ui.prefs.UserPreferences;

/**
 * The platform's open and save dialogs ({@link PlatformFileDialog}), filtered to {@code *.alab} and opening in the folder
 * last used, which is kept in the user's preferences under {@value #LAST_FOLDER}.
 */
public final class NativeSessionFileChooser implements SessionFileChooser {
    static final String LAST_FOLDER = "session.lastFolder";

    private final UserPreferences preferences;

    public NativeSessionFileChooser(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Optional<Path> chooseToOpen(Window owner) {
        return remember(dialog(SessionKeys.CHOOSER_OPEN_TITLE, "").showOpen(owner));
    }

    @Override
    public Optional<Path> chooseToSave(Window owner, String suggestedName) {
        return remember(dialog(SessionKeys.CHOOSER_SAVE_TITLE, suggestedName).showSave(owner));
    }

    private PlatformFileDialog dialog(String titleKey, String suggestedName) {
        String pattern = "*." + SessionFile.EXTENSION;
        return new PlatformFileDialog(Messages.get(titleKey), Messages.format(SessionKeys.CHOOSER_FILTER, pattern),
                List.of(pattern), suggestedName, preferences.getString(LAST_FOLDER).map(Path::of).orElse(null));
    }

    private Optional<Path> remember(Optional<Path> chosen) {
        chosen.map(Path::getParent).ifPresent(folder -> preferences.putString(LAST_FOLDER, folder.toString()));
        return chosen;
    }
}
