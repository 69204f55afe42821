package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The banded zlib stream inflates to the rows, whatever the bands, and its bytes do not depend on the cores. */
class BandedDeflateTest {
    /** Rows that repeat with a little noise, like a figure's, from a seed. */
    private record SeededRows(int count, int length, long seed) implements BandedDeflate.Rows {
        @Override
        public BandedDeflate.Cursor from(int y) {
            int[] next = {y};
            return into -> fill(next[0]++, into);
        }

        void fill(int y, byte[] into) {
            Random random = new Random(seed * 1_000_003L + y);
            for (int i = 0; i < length; i++) {
                into[i] = (byte) (random.nextInt(8) == 0 ? random.nextInt() : (i / 7 + y / 3));
            }
        }

        byte[] all() {
            byte[] bytes = new byte[count * length];
            byte[] row = new byte[length];
            for (int y = 0; y < count; y++) {
                fill(y, row);
                System.arraycopy(row, 0, bytes, y * length, length);
            }
            return bytes;
        }
    }

    private static byte[] compress(BandedDeflate.Rows rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BandedDeflate.write(rows, out);
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] zlib, int expected) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        byte[] out = new byte[expected + 1];
        int n = 0;
        while (!inflater.finished() && n < out.length) {
            int got = inflater.inflate(out, n, out.length - n);
            assertThat(got > 0 || inflater.finished()).as("inflater stalled at %d bytes", n).isTrue();
            n += got;
        }
        assertThat(inflater.finished()).as("stream ends").isTrue();
        assertThat(inflater.getRemaining()).as("bytes after the stream").isZero();
        inflater.end();
        return java.util.Arrays.copyOf(out, n);
    }

    @ParameterizedTest(name = "{0} rows of {1} bytes")
    @CsvSource({"1, 10", "255, 100", "256, 100", "257, 100", "1000, 301", "600, 40000", "3, 70000"})
    void inflatesToTheRowsWithTheRightChecksum(int count, int length) throws Exception {
        SeededRows rows = new SeededRows(count, length, count + length);
        byte[] zlib = compress(rows);

        assertThat(inflate(zlib, count * length)).isEqualTo(rows.all());
    }

    @ParameterizedTest(name = "{0} rows")
    @CsvSource({"700", "2160"})
    void theBytesAreTheSameOnOneCoreAsOnAll(int count) throws Exception {
        SeededRows rows = new SeededRows(count, 1153, 7);
        ForkJoinPool oneCore = new ForkJoinPool(1);
        try {
            byte[] sequential = oneCore.submit(() -> compress(rows)).get();
            assertThat(compress(rows)).isEqualTo(sequential);
        } finally {
            oneCore.shutdown();
        }
    }

    @ParameterizedTest(name = "split at {0} of {1}")
    @CsvSource({"0, 10", "10, 10", "1, 2", "5000, 100000", "65521, 200000", "99999, 131042"})
    void combinedChecksumsAreTheChecksumOfBothParts(int split, int total) {
        byte[] bytes = new byte[total];
        new Random(split + total).nextBytes(bytes);
        Adler32 first = new Adler32();
        first.update(bytes, 0, split);
        Adler32 second = new Adler32();
        second.update(bytes, split, total - split);
        Adler32 whole = new Adler32();
        whole.update(bytes);

        assertThat(BandedDeflate.combine(first.getValue(), second.getValue(), total - split)).isEqualTo(whole.getValue());
    }
}
