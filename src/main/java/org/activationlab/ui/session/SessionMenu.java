package org.activationlab.ui.session;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.activationlab.ui.Messages;

/**
 * The File menu's session items: Open Session (Ctrl+O), Open Recent (the last
 * {@value RecentFiles#MAX}, numbered), Save Session (Ctrl+S) and Save Session As (Ctrl+Shift+S).
 */
public final class SessionMenu {
    private final SessionController controller;
    private final MenuItem open = new MenuItem(Messages.get(SessionKeys.MENU_OPEN));
    private final Menu openRecent = new Menu(Messages.get(SessionKeys.MENU_OPEN_RECENT));
    private final MenuItem save = new MenuItem(Messages.get(SessionKeys.MENU_SAVE));
    private final MenuItem saveAs = new MenuItem(Messages.get(SessionKeys.MENU_SAVE_AS));

    public SessionMenu(SessionController controller) {
        this.controller = controller;
        open.setId("session-open");
        openRecent.setId("session-open-recent");
        save.setId("session-save");
        saveAs.setId("session-save-as");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        open.setOnAction(e -> controller.open());
        save.setOnAction(e -> controller.save());
        saveAs.setOnAction(e -> controller.saveAs());
        openRecent.setOnShowing(e -> controller.pruneRecent());
        controller.recentFilesProperty().addListener((obs, old, files) -> fillRecent(files));
        fillRecent(controller.recentFilesProperty().get());
    }

    /** The controller behind the items (e.g. to open the session named on the command line). */
    public SessionController controller() {
        return controller;
    }

    /** The items to put at the top of the File menu, ending with a separator. */
    public List<MenuItem> items() {
        return List.of(open, openRecent, save, saveAs, new SeparatorMenuItem());
    }

    private void fillRecent(List<Path> files) {
        openRecent.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get(SessionKeys.MENU_NO_RECENT));
            none.setDisable(true);
            openRecent.getItems().add(none);
            return;
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            MenuItem item = new MenuItem((i + 1) + "  " + file.getFileName() + "  \u2014  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setUserData(file);
            item.setOnAction(e -> controller.openRecent(file));
            openRecent.getItems().add(item);
        }
        MenuItem clear = new MenuItem(Messages.get(SessionKeys.MENU_CLEAR_RECENT));
        clear.setOnAction(e -> controller.clearRecent());
        openRecent.getItems().addAll(new SeparatorMenuItem(), clear);
    }
}
