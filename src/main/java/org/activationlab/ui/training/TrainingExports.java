package org.activationlab.ui.training;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.activationlab.export.AtomicFiles;
import org.activationlab.export.ExportException;
import org.activationlab.export.GifExporter;
import org.activationlab.nn.MetricsCsv;
import org.activationlab.nn.NetworkJson;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.training.DecisionSurfaceFigure;

/**
 * The training run's files: an animated GIF of the prediction figure, and the metrics and
 * weights in the {@code train} command's CSV and JSON formats (figures go through File &gt; Export). Every file is written atomically. Safe to call off the JavaFX thread.
 */
final class TrainingExports {
    /** The size of GIF frames, in pixels. */
    static final int WIDTH = 720;
    static final int HEIGHT = 560;
    /** The largest number of GIF frames offered. */
    static final int MAX_FRAMES = 300;

    private TrainingExports() {
    }

    /** Writes the prediction figure of each snapshot as one GIF frame, {@code interval} apart, looping. */
    static void writeGif(List<TrainingSnapshot> frames, Path file, Duration interval) throws ExportException {
        GifExporter.writeFigures(frames.stream().map(DecisionSurfaceFigure::build).toList(), file, WIDTH, HEIGHT,
                interval, true, RenderOptions.DEFAULT);
    }

    /** Writes every step's metrics so far, as {@code train --metrics} does. */
    static void writeMetrics(TrainingSnapshot snapshot, Path file) throws ExportException {
        AtomicFiles.writeText(file, out -> MetricsCsv.write(snapshot, out));
    }

    /** Writes the current weights, as {@code train --output} does. */
    static void writeWeights(TrainingSnapshot snapshot, Path file) throws ExportException {
        AtomicFiles.writeText(file, out -> out.write(NetworkJson.write(snapshot.weights())));
    }
}
