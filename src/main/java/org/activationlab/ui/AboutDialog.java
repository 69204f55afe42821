package org.activationlab.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.activationlab.AppVersion;

/** Help > About: name, version, what the app is for, and its licence. */
final class AboutDialog {
    private AboutDialog() {
    }

    /** Shows the dialog over {@code owner}, at the owner's text size, and waits until it is closed. */
    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(TextKeys.ABOUT_TITLE));
        alert.setHeaderText(Messages.format(TextKeys.ABOUT_HEADER, AppVersion.get()));
        alert.setContentText(Messages.get(TextKeys.ABOUT_DESCRIPTION) + "\n\n" + Messages.get(TextKeys.ABOUT_LICENCE)
                + "\n\n" + Messages.get(TextKeys.ABOUT_CREDITS));
        alert.getDialogPane().getStylesheets().add(Styles.stylesheet());
        alert.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        alert.showAndWait();
    }
}
