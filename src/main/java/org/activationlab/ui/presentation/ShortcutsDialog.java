package org.activationlab.ui.presentation;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.activationlab.ui.DialogStyle;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.training.TrainingShortcuts;

/**
 * Help &gt; Keyboard Shortcuts: every menu command that has a key, read from the menu bar itself
 * (so a command added later is listed with its key), then Esc and the Training tab's keys.
 */
public final class ShortcutsDialog {
    /** The style class of the key column. */
    public static final String KEY = "shortcut-key";

    /** One line of the list. */
    public record Shortcut(String keys, String action) {
    }

    private ShortcutsDialog() {
    }

    /** The shortcuts of {@code menuBar}'s commands in menu order, then the fixed keys. */
    public static List<Shortcut> list(MenuBar menuBar) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : menuBar.getMenus()) {
            collect(menu, shortcuts);
        }
        shortcuts.add(new Shortcut(new KeyCodeCombination(KeyCode.ESCAPE).getDisplayText(),
                Messages.get(PresentationKeys.SHORTCUTS_LEAVE_FULL_SCREEN)));
        shortcuts.add(key(TrainingShortcuts.PLAY_PAUSE, PresentationKeys.SHORTCUTS_PLAY_PAUSE));
        shortcuts.add(key(TrainingShortcuts.STEP, PresentationKeys.SHORTCUTS_STEP));
        shortcuts.add(key(TrainingShortcuts.RESET, PresentationKeys.SHORTCUTS_RESET));
        return shortcuts;
    }

    /** Shows the list over {@code owner} and waits until it is closed. */
    public static void show(Window owner, MenuBar menuBar) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-list");
        grid.getStyleClass().add("shortcuts-list");
        grid.addRow(0, title(PresentationKeys.SHORTCUTS_KEY), title(PresentationKeys.SHORTCUTS_ACTION));
        int row = 1;
        for (Shortcut s : list(menuBar)) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add(KEY);
            grid.addRow(row++, keys, new Label(s.action()));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(PresentationKeys.SHORTCUTS_TITLE));
        alert.setHeaderText(Messages.get(PresentationKeys.SHORTCUTS_HEADER));
        alert.getDialogPane().setContent(grid);
        DialogStyle.apply(alert.getDialogPane(), owner);
        alert.showAndWait();
    }

    private static void collect(Menu menu, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(item.getAccelerator().getDisplayText(), withoutMnemonic(item)));
            }
        }
    }

    private static String withoutMnemonic(MenuItem item) {
        String text = item.getText();
        return item.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }

    private static Shortcut key(KeyCode code, String actionKey) {
        return new Shortcut(new KeyCodeCombination(code).getDisplayText(), Messages.get(actionKey));
    }

    private static Label title(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }
}
