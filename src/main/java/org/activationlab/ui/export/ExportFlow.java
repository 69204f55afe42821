package org.activationlab.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.activationlab.export.ExportException;
import org.activationlab.ui.DialogStyle;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;

/**
 * Walks the user through File &gt; Export (the options dialog, the file chooser, consent to
 * replace an existing file, a dialog with the message if writing fails) and Edit &gt; Copy
 * Image, for whichever {@link FigureSource} is showing.
 */
public final class ExportFlow {
    private final ExportViewModel model;
    private final Window owner;

    public ExportFlow(ExportViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    /** File &gt; Export for the figure {@code source} shows now; does nothing when it shows none. */
    public void export(FigureSource source) {
        Optional<VisibleFigure> visible = source.currentFigure();
        if (visible.isEmpty()) {
            return;
        }
        Optional<ExportOptions> options = new ExportDialog(owner, model.getOptions(), visible.get()).showAndWait();
        if (options.isEmpty()) {
            return;
        }
        model.remember(options.get());
        Optional<SaveFileChooser.ChosenFile> chosen = model.chooseFile(owner, options.get().format(), visible.get().name());
        if (chosen.isEmpty()) {
            return;
        }
        Path target = ExportViewModel.target(chosen.get().path(), options.get().format());
        boolean asked = chosen.get().replaceConfirmed() && target.equals(chosen.get().path());
        if (Files.exists(target) && !asked && !confirmReplace(target)) {
            return;
        }
        model.export(visible.get(), options.get(), target, this::showFailure);
    }

    /** Edit &gt; Copy Image: the figure {@code source} shows, as a picture on the clipboard. */
    public void copyImage(FigureSource source) {
        Optional<VisibleFigure> visible = source.currentFigure();
        if (visible.isEmpty()) {
            return;
        }
        try {
            BufferedImage image = model.image(visible.get(), Math.max(1, owner.getOutputScaleX()));
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(image, null));
            Clipboard.getSystemClipboard().setContent(content);
        } catch (ExportException e) {
            showFailure(e.getMessage());
        }
    }

    private boolean confirmReplace(Path target) {
        ButtonType replace = new ButtonType(Messages.get(TextKeys.EXPORT_REPLACE), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(TextKeys.EXPORT_TITLE));
        alert.setHeaderText(Messages.format(TextKeys.EXPORT_REPLACE_HEADER, target.getFileName().toString()));
        alert.setContentText(Messages.format(TextKeys.EXPORT_REPLACE_TEXT, String.valueOf(target.getParent())));
        alert.getDialogPane().getStyleClass().add(Styles.REPLACE_DIALOG);
        DialogStyle.apply(alert.getDialogPane(), owner);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    private void showFailure(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(TextKeys.EXPORT_TITLE));
        alert.setHeaderText(Messages.get(TextKeys.EXPORT_FAILED_HEADER));
        alert.getDialogPane().getStyleClass().add(Styles.EXPORT_ERROR_DIALOG);
        DialogStyle.apply(alert.getDialogPane(), owner);
        alert.showAndWait();
    }
}
