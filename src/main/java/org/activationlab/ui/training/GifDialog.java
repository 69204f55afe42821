package org.activationlab.ui.training;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.activationlab.ui.controls.WholeNumberSpinners;
import org.activationlab.export.GifExporter;
import org.activationlab.ui.Messages;
import org.activationlab.ui.controls.ShownAs;

/** Asks what the animated GIF of the run shows (a view or the whole board), how many frames and how far apart. */
final class GifDialog {
    static final int DEFAULT_FRAMES = 40;
    static final int DEFAULT_INTERVAL_MS = 100;
    private static final int MAX_INTERVAL_MS = 5000;
    private static final int INTERVAL_STEP_MS = 10;

    private GifDialog() {
    }

    /** The settings chosen, or empty if cancelled. */
    static Optional<GifSettings> ask(Window owner) {
        Dialog<GifSettings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(TrainingKeys.EXPORT_GIF));
        ComboBox<GifPanel> panel = new ComboBox<>();
        panel.getItems().setAll(GifPanel.values());
        panel.setValue(GifPanel.PREDICTION);
        panel.setConverter(ShownAs.names(value -> Messages.get(value.textKey())));
        Spinner<Integer> frames = new Spinner<>(2, TrainingExports.MAX_FRAMES, DEFAULT_FRAMES);
        Spinner<Integer> interval = new Spinner<>((int) GifExporter.MIN_INTERVAL.toMillis(), MAX_INTERVAL_MS,
                DEFAULT_INTERVAL_MS, INTERVAL_STEP_MS);
        frames.setEditable(true);
        interval.setEditable(true);
        WholeNumberSpinners.forgiveUnreadableText(frames);
        WholeNumberSpinners.forgiveUnreadableText(interval);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Messages.get(TrainingKeys.GIF_PANEL)), panel);
        grid.addRow(1, new Label(Messages.get(TrainingKeys.GIF_FRAMES)), frames);
        grid.addRow(2, new Label(Messages.get(TrainingKeys.GIF_INTERVAL)), interval);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new GifSettings(panel.getValue(), frames.getValue(), interval.getValue()) : null);
        return dialog.showAndWait();
    }
}
