package org.activationlab.ui.training;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.activationlab.export.ExportException;
import org.activationlab.export.PngExporter;
import org.activationlab.nn.MetricsHistory;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.training.DecisionSurfaceFigure;
import org.activationlab.plot.training.PreActivationFigure;
import org.activationlab.plot.training.TrainingHistoryFigure;

/**
 * The pictures of an animated GIF of a run, one per recorded snapshot: a single view at
 * {@value #PANEL_WIDTH} x {@value #PANEL_HEIGHT} pixels, or the whole board at
 * {@value #BOARD_WIDTH} x {@value #BOARD_HEIGHT}, laid out as in the tab (prediction and network
 * diagram above, pre-activation histograms and history below). Figures are drawn by the shared
 * renderer, as PNG export draws them; the network diagram comes as a picture taken by JavaFX
 * ({@link DiagramPictures}). Safe to call off the JavaFX thread.
 */
final class RunFrames {
    static final int PANEL_WIDTH = 720;
    static final int PANEL_HEIGHT = 560;
    static final int BOARD_WIDTH = 1200;
    static final int BOARD_HEIGHT = 900;

    private RunFrames() {
    }

    /** The size of {@code panel}'s frames in pixels. */
    static Dimension frameSize(GifPanel panel) {
        return panel == GifPanel.BOARD ? new Dimension(BOARD_WIDTH, BOARD_HEIGHT) : new Dimension(PANEL_WIDTH, PANEL_HEIGHT);
    }

    /** The size in pixels of the network diagram within {@code panel}'s frames: a quarter of the board, or all of the frame. */
    static Dimension diagramSize(GifPanel panel) {
        return panel == GifPanel.BOARD ? new Dimension(BOARD_WIDTH / 2, BOARD_HEIGHT / 2) : frameSize(panel);
    }

    /**
     * The frame of {@code snapshot}.
     *
     * @param diagram the network diagram of the snapshot at {@link #diagramSize}; ignored (may be
     *                null) when the panel does not show it
     * @param history the run's newest history, at least as long as the snapshot's; the frame shows
     *                it up to the snapshot's step
     */
    static BufferedImage frame(GifPanel panel, TrainingSnapshot snapshot, BufferedImage diagram, MetricsHistory history)
            throws ExportException {
        Dimension size = frameSize(panel);
        return switch (panel) {
            case PREDICTION -> figure(DecisionSurfaceFigure.build(snapshot), size);
            case PRE_ACTIVATIONS -> figure(PreActivationFigure.build(snapshot), size);
            case HISTORY -> figure(history(snapshot, history), size);
            case NETWORK -> diagram;
            case BOARD -> board(snapshot, diagram, history, size);
        };
    }

    private static Figure history(TrainingSnapshot snapshot, MetricsHistory history) {
        return TrainingHistoryFigure.build(snapshot.weights(), history.upTo(snapshot.step()));
    }

    private static BufferedImage board(TrainingSnapshot snapshot, BufferedImage diagram, MetricsHistory history,
                                       Dimension size) throws ExportException {
        Dimension quarter = new Dimension(size.width / 2, size.height / 2);
        BufferedImage board = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = board.createGraphics();
        try {
            g.drawImage(figure(DecisionSurfaceFigure.build(snapshot), quarter), 0, 0, null);
            g.drawImage(diagram, quarter.width, 0, null);
            g.drawImage(figure(PreActivationFigure.build(snapshot), quarter), 0, quarter.height, null);
            g.drawImage(figure(history(snapshot, history), quarter), quarter.width, quarter.height, null);
        } finally {
            g.dispose();
        }
        return board;
    }

    private static BufferedImage figure(Figure figure, Dimension size) throws ExportException {
        return PngExporter.render(figure, size.width, size.height, 1, RenderOptions.DEFAULT);
    }
}
