package org.activationlab.export;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;

/**
 * Writes animations (e.g. a network training, one figure per snapshot) as animated GIFs with
 * animated-gif-lib. GIF stores delays in hundredths of a second and at most 256 colours per
 * frame, so intervals round to 10 ms and gradients are quantised.
 */
public final class GifExporter {
    /** The shortest frame interval browsers honour (shorter ones are slowed down to 100 ms). */
    public static final Duration MIN_INTERVAL = Duration.ofMillis(20);

    private GifExporter() {
    }

    /**
     * Renders each figure at {@code width} x {@code height} (opaque, whatever the options say) and
     * writes them as frames {@code interval} apart.
     */
    public static void writeFigures(List<Figure> frames, Path file, int width, int height, Duration interval,
                                    boolean loop, RenderOptions options) throws ExportException {
        List<BufferedImage> images = new ArrayList<>();
        for (Figure f : frames) {
            images.add(PngExporter.render(f, width, height, 1, options.withTransparentBackground(false)));
        }
        write(images, file, interval, loop);
    }

    /**
     * Writes {@code frames} (all the same size) as an animated GIF, atomically.
     *
     * @param loop whether the animation repeats forever (otherwise it plays once)
     * @throws ExportException if there are no frames, sizes differ, the interval is below
     *                         {@link #MIN_INTERVAL}, or the file cannot be written
     */
    public static void write(List<BufferedImage> frames, Path file, Duration interval, boolean loop)
            throws ExportException {
        if (frames.isEmpty()) {
            throw new ExportException(ExportTexts.cannotWrite(file, ExportTexts.get("export.gif.noFrames")));
        }
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new ExportException(ExportTexts.cannotWrite(file, ExportTexts.format("export.gif.interval",
                    MIN_INTERVAL.toMillis(), interval.toMillis())));
        }
        int w = frames.get(0).getWidth();
        int h = frames.get(0).getHeight();
        for (BufferedImage f : frames) {
            if (f.getWidth() != w || f.getHeight() != h) {
                throw new ExportException(ExportTexts.cannotWrite(file, ExportTexts.format("export.gif.frameSize", w, h,
                        f.getWidth(), f.getHeight())));
            }
        }
        AtomicFiles.write(file, out -> {
            AnimatedGifEncoder encoder = new AnimatedGifEncoder();
            encoder.setRepeat(loop ? 0 : -1);
            encoder.setDelay((int) interval.toMillis());
            encoder.setSize(w, h);
            if (!encoder.start(out)) {
                throw new IOException("the GIF encoder could not start");
            }
            for (BufferedImage frame : frames) {
                if (!encoder.addFrame(frame)) {
                    throw new IOException("the GIF encoder could not write a frame");
                }
            }
            if (!encoder.finish()) {
                throw new IOException("the GIF encoder could not finish the file");
            }
        });
    }
}
