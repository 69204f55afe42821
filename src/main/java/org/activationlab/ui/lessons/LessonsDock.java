package org.activationlab.ui.lessons;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.activationlab.ui.Messages;

/**
 * The lessons panel docked on the right of the main content, so that a lesson stays readable
 * while the view beside it demonstrates it. View &gt; Lessons (Ctrl+L) opens and closes it, as does the panel's close button; the
 * panel keeps its width when the window is resized.
 */
public final class LessonsDock {
    /** Share of the width the main content keeps when the panel opens. */
    private static final double MAIN_SHARE = 0.7;

    private final Node main;
    private final Node panel;
    private final SplitPane root = new SplitPane();
    private final CheckMenuItem menuItem = new CheckMenuItem(Messages.get(LessonKeys.MENU_ITEM));
    private double dividerPosition = MAIN_SHARE;

    /**
     * @param main the tabs
     * @param panel the lessons panel
     * @param open whether the panel shows at first
     */
    public LessonsDock(Node main, LessonsPanel panel, boolean open) {
        this.main = main;
        this.panel = panel.root();
        SplitPane.setResizableWithParent(this.panel, false);
        root.getItems().add(main);
        root.getStyleClass().add("lessons-dock");
        menuItem.setId("lessons-menu-item");
        menuItem.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        menuItem.selectedProperty().addListener((obs, was, shown) -> showPanel(shown));
        menuItem.setSelected(open);
        panel.closeButton().setOnAction(e -> menuItem.setSelected(false));
    }

    /** The node to put where the main content was. */
    public Parent root() {
        return root;
    }

    /** View &gt; Lessons. */
    public CheckMenuItem menuItem() {
        return menuItem;
    }

    private void showPanel(boolean shown) {
        if (shown && !root.getItems().contains(panel)) {
            root.getItems().setAll(main, panel);
            root.setDividerPositions(dividerPosition);
        } else if (!shown && root.getItems().contains(panel)) {
            dividerPosition = root.getDividerPositions()[0];
            root.getItems().setAll(main);
        }
    }
}
