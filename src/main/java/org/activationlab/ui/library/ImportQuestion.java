package org.activationlab.ui.library;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.activationlab.ui.DialogStyle;
import org.activationlab.ui.Messages;

/**
 * Asks, before an import changes the library, whether to go on when the file has broken entries
 * (which are skipped) and what to do with functions whose names the library has for other
 * formulas. The app asks in a dialog ({@link #dialog}); tests answer themselves.
 */
@FunctionalInterface
public interface ImportQuestion {

    /**
     * @param broken the problems of the entries that will be skipped, with their places
     * @param conflicts the names the library has for other formulas
     * @return how to settle the conflicts ({@link LibraryMerge.Policy#SKIP} when there are none), or
     *         empty to cancel the import
     */
    Optional<LibraryMerge.Policy> ask(Window owner, List<String> broken, List<String> conflicts);

    /** Asks in a dialog: Replace mine, Keep both, Skip them (or OK when no name conflicts), or Cancel. */
    static ImportQuestion dialog() {
        return (owner, broken, conflicts) -> {
            ButtonType replace = new ButtonType(Messages.get(LibraryKeys.IMPORT_REPLACE), ButtonBar.ButtonData.YES);
            ButtonType keepBoth = new ButtonType(Messages.get(LibraryKeys.IMPORT_KEEP_BOTH), ButtonBar.ButtonData.OTHER);
            ButtonType skip = new ButtonType(Messages.get(LibraryKeys.IMPORT_SKIP), ButtonBar.ButtonData.NO);
            StringBuilder text = new StringBuilder();
            if (!broken.isEmpty()) {
                text.append(Messages.format(LibraryKeys.IMPORT_BROKEN, Integer.toString(broken.size()),
                        String.join("\n", broken)));
            }
            if (!conflicts.isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n\n")
                        .append(Messages.format(LibraryKeys.IMPORT_CONFLICTS, String.join(", ", conflicts)));
            }
            Alert alert = conflicts.isEmpty()
                    ? new Alert(Alert.AlertType.WARNING, text.toString(), ButtonType.OK, ButtonType.CANCEL)
                    : new Alert(Alert.AlertType.CONFIRMATION, text.toString(), replace, keepBoth, skip, ButtonType.CANCEL);
            alert.initOwner(owner);
            alert.setTitle(Messages.get(LibraryKeys.TITLE));
            alert.setHeaderText(null);
            alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            DialogStyle.apply(alert.getDialogPane(), owner);
            Optional<ButtonType> answer = alert.showAndWait();
            if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
                return Optional.empty();
            }
            if (answer.get() == replace) {
                return Optional.of(LibraryMerge.Policy.REPLACE);
            }
            return Optional.of(answer.get() == keepBoth ? LibraryMerge.Policy.KEEP_BOTH : LibraryMerge.Policy.SKIP);
        };
    }
}
