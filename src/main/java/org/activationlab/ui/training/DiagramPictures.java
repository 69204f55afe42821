package org.activationlab.ui.training;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.ui.Styles;

/**
 * Pictures of the network diagram for recorded snapshots, for the animated GIF: a diagram of its
 * own, off screen with the window's style sheets, shows each snapshot in turn and is
 * photographed. JavaFX draws it, so this happens on the JavaFX thread, one picture per turn of
 * the event loop, and the window keeps responding while a long run is captured.
 */
final class DiagramPictures {
    private final List<TrainingSnapshot> snapshots;
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final StackPane root = new StackPane(diagram);
    private final SnapshotParameters parameters = new SnapshotParameters();
    private final List<BufferedImage> pictures = new ArrayList<>();
    private final CompletableFuture<List<BufferedImage>> done = new CompletableFuture<>();

    private DiagramPictures(List<TrainingSnapshot> snapshots, Dimension size, List<String> styleSheets) {
        this.snapshots = List.copyOf(snapshots);
        root.getStyleClass().add(Styles.APP);
        Scene scene = new Scene(root, size.width, size.height);
        scene.getStylesheets().setAll(styleSheets);
        parameters.setFill(Color.WHITE);
    }

    /**
     * Starts taking the pictures, {@code size} pixels each, styled by {@code styleSheets}; call
     * on the JavaFX thread. The future completes (on that thread) with one picture per snapshot.
     */
    static CompletableFuture<List<BufferedImage>> take(List<TrainingSnapshot> snapshots, Dimension size,
                                                       List<String> styleSheets) {
        DiagramPictures pictures = new DiagramPictures(snapshots, size, styleSheets);
        pictures.takeNext();
        return pictures.done;
    }

    private void takeNext() {
        try {
            if (pictures.size() == snapshots.size()) {
                done.complete(List.copyOf(pictures));
                return;
            }
            diagram.show(snapshots.get(pictures.size()));
            root.applyCss();
            root.layout();
            pictures.add(SwingFXUtils.fromFXImage(root.snapshot(parameters, null), null));
            Platform.runLater(this::takeNext);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }
}
