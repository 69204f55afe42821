package org.activationlab.ui;

import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Gives a dialog the app's stylesheets (with the theme's) and the text size of the window it belongs to. */
public final class DialogStyle {
    private DialogStyle() {
    }

    /** Styles {@code pane} like {@code owner}'s content (View &gt; Scale and Theme apply to dialogs too). */
    public static void apply(DialogPane pane, Window owner) {
        pane.getStylesheets().add(Styles.stylesheet());
        if (owner != null && owner.getScene() != null) {
            owner.getScene().getStylesheets().stream().filter(s -> !pane.getStylesheets().contains(s))
                    .forEach(pane.getStylesheets()::add);
            pane.setStyle(owner.getScene().getRoot().getStyle());
        }
    }
}
