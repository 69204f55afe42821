package org.activationlab.ui.session;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activationlab.ui.Messages;
import org.activationlab.ui.prefs.UserPreferences;

/**
 * The platform's open and save dialogs, filtered to {@code *.alab} and opening in the folder
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
        return remember(chooser(SessionKeys.CHOOSER_OPEN_TITLE).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseToSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser(SessionKeys.CHOOSER_SAVE_TITLE);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        String pattern = "*." + SessionFile.EXTENSION;
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.format(SessionKeys.CHOOSER_FILTER, pattern), pattern));
        preferences.getString(LAST_FOLDER).map(Path::of).filter(Files::isDirectory)
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath().toAbsolutePath();
        if (path.getParent() != null) {
            preferences.putString(LAST_FOLDER, path.getParent().toString());
        }
        return Optional.of(path);
    }
}
