package org.activationlab.ui.training;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.export.AtomicFiles;
import org.activationlab.export.ExportException;
import org.activationlab.export.GifExporter;
import org.activationlab.json.NetworkJson;
import org.activationlab.nn.MetricsCsv;
import org.activationlab.nn.MetricsHistory;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingSnapshot;

/**
 * The training run's files: an animated GIF of one view or the whole board (see
 * {@link RunFrames}), and the metrics and weights in the {@code train} command's CSV and JSON
 * formats (figures go through File &gt; Export). Every file is written atomically. Safe to call
 * off the JavaFX thread.
 */
final class TrainingExports {
    /** The largest number of GIF frames offered. */
    static final int MAX_FRAMES = 300;

    private TrainingExports() {
    }

    /**
     * Writes {@code panel} of each snapshot as one GIF frame, {@code interval} apart, looping.
     *
     * @param diagrams the network diagram of each snapshot (see {@link DiagramPictures}) when the
     *                 panel shows it; otherwise ignored
     * @param history the run's newest history (see {@link RunFrames#frame})
     */
    static void writeGif(GifPanel panel, List<TrainingSnapshot> frames, List<BufferedImage> diagrams,
                         MetricsHistory history, Path file, Duration interval) throws ExportException {
        List<BufferedImage> images = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            images.add(RunFrames.frame(panel, frames.get(i), panel.showsDiagram() ? diagrams.get(i) : null, history));
        }
        GifExporter.write(images, file, interval, true);
    }

    /**
     * Writes every step's metrics of {@code run} up to its step, as {@code train} writes
     * {@code metrics.csv}: the run is trained again from its seeds with its setting changes (the
     * view keeps older steps only as envelopes), its rows streaming to the file.
     */
    static void writeMetrics(RunReplay run, Path file) throws ExportException {
        AtomicFiles.writeText(file, out -> MetricsCsv.train(new Trainer(run.config(), run.data()), run.step(),
                run.changes(), out));
    }

    /** Writes the current weights, as {@code train --output} does. */
    static void writeWeights(TrainingSnapshot snapshot, Path file) throws ExportException {
        AtomicFiles.writeText(file, out -> out.write(NetworkJson.write(snapshot.weights())));
    }
}
