package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * Encoded and read back by ImageIO, every pixel is the same: opaque, with alpha, premultiplied, a sub-image, one
     * pixel, and images tall enough to be deflated in several bands.
     */
    @ParameterizedTest(name = "type {0}, {1} x {2}")
    @CsvSource({
        "1, 300, 200, false", "2, 300, 200, false", "3, 301, 199, false", "1, 1, 1, false", "2, 97, 53, true",
        "5, 40, 30, false", "1, 120, 700, false", "2, 90, 600, true",
    })
    void decodesToTheSamePixels(int type, int width, int height, boolean subImage) throws IOException {
        Random random = new Random(type * 31L + width);
        BufferedImage image = new BufferedImage(width + (subImage ? 7 : 0), height + (subImage ? 5 : 0), type);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = y % 3 == 0 ? 0xFF336699 : random.nextInt();
                image.setRGB(x, y, type == BufferedImage.TYPE_INT_ARGB_PRE ? argb | 0xFF000000 : argb);
            }
        }
        BufferedImage source = subImage ? image.getSubimage(3, 2, width, height) : image;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PngEncoding.write(source, bytes);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.getWidth()).isEqualTo(width);
        assertThat(back.getHeight()).isEqualTo(height);
        assertThat(back.getColorModel().hasAlpha()).isEqualTo(source.getColorModel().hasAlpha());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(back.getRGB(x, y)).as("pixel (%d, %d)", x, y).isEqualTo(source.getRGB(x, y));
            }
        }
    }
}
