package org.activationlab.export;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes an image as PNG onto a stream through {@link ImageIO}, caching in memory. Given a plain
 * {@code OutputStream}, ImageIO caches in a temporary file ({@code FileCacheImageOutputStream})
 * that it closes again from a shutdown hook; when the disk is full that hook fails with a
 * {@code NullPointerException} printed after the export's own error. A memory cache, closed
 * here, writes nothing but the target and leaves nothing for the hook.
 */
final class PngEncoding {
    private PngEncoding() {
    }

    /**
     * Writes {@code image} as PNG to {@code out}, which stays open.
     *
     * @throws IOException if writing fails or no PNG writer is available
     */
    static void write(RenderedImage image, OutputStream out) throws IOException {
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IOException("no PNG encoder is available");
            }
        }
    }
}
