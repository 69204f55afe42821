package org.activationlab.ui.training;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.activationlab.nn.Dataset;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Rng;
import org.activationlab.nn.Task;
import org.activationlab.plot.Palette;

/** Small scatter pictures of each data set for the data-set picker, made once from a fixed seed. */
final class TaskThumbnails {
    static final int SIZE = 36;
    private static final int POINTS = 160;
    private static final double NOISE = 0.05;
    private static final int BACKGROUND = 0xFFFFFFFF;
    private static final Map<Task, Image> IMAGES = new EnumMap<>(Task.class);

    private TaskThumbnails() {
    }

    /** The thumbnail of {@code task}. */
    static synchronized Image of(Task task) {
        return IMAGES.computeIfAbsent(task, TaskThumbnails::draw);
    }

    private static Image draw(Task task) {
        Dataset points = task.generate(POINTS, NOISE, Rng.stream(7, 0));
        WritableImage image = new WritableImage(SIZE, SIZE);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                w.setArgb(x, y, BACKGROUND);
            }
        }
        boolean classification = task.type() == ProblemType.CLASSIFICATION;
        double[] as = new double[points.size()];
        double[] bs = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            as[i] = points.input(i, 0);
            bs[i] = classification ? points.input(i, 1) : points.target(i);
        }
        double[] aRange = range(as);
        double[] bRange = range(bs);
        for (int i = 0; i < points.size(); i++) {
            int colour = (classification && points.target(i) == 0 ? Palette.OKABE_ITO_BLUE : Palette.OKABE_ITO_VERMILLION)
                    .getRGB();
            dot(w, pixel(as[i], aRange), SIZE - 1 - pixel(bs[i], bRange), colour);
        }
        return image;
    }

    /** The smallest and largest value, widened by a tenth of the span on each side. */
    private static double[] range(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double pad = Math.max(hi - lo, 1e-9) / 10;
        return new double[] {lo - pad, hi + pad};
    }

    /** Maps a value of {@code range} to a pixel index. */
    private static int pixel(double v, double[] range) {
        return (int) Math.round((v - range[0]) / (range[1] - range[0]) * (SIZE - 1));
    }

    private static void dot(PixelWriter w, int x, int y, int argb) {
        for (int dy = 0; dy <= 1; dy++) {
            for (int dx = 0; dx <= 1; dx++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && px < SIZE && py >= 0 && py < SIZE) {
                    w.setArgb(px, py, argb);
                }
            }
        }
    }
}
