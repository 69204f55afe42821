package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PNGs are encoded without ImageIO's temporary-file cache, whose shutdown hook printed a
 * NullPointerException after a failed write to a full disk (issue 16, 4.4).
 */
class PngEncodingTest {
    @TempDir
    Path cache;

    @AfterEach
    void restoreTheDefaultCacheDirectory() {
        ImageIO.setCacheDirectory(null);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void encodingWritesNoCacheFile() throws IOException {
        ImageIO.setCacheDirectory(cache.toFile());
        List<List<String>> seenWhileWriting = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream watched = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                seenWhileWriting.add(files(cache));
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                seenWhileWriting.add(files(cache));
                bytes.write(b, off, len);
            }
        };

        PngEncoding.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), watched);

        assertThat(seenWhileWriting).isNotEmpty().allSatisfy(listing -> assertThat(listing).isEmpty());
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(bytes.toByteArray())).getWidth()).isEqualTo(64);
    }

    @Test
    void aFullDiskIsAnIOExceptionAndLeavesNoCacheFile() {
        ImageIO.setCacheDirectory(cache.toFile());
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        assertThatThrownBy(() -> PngEncoding.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), full))
                .isInstanceOf(IOException.class).hasStackTraceContaining("No space left");
        assertThat(cache).isEmptyDirectory();
    }
}
