package org.activationlab.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Compresses a sequence of equal-length rows into one zlib stream (RFC 1950/1951) in bands of
 * {@value #BAND_ROWS} rows that are deflated in parallel, as pigz does: each band is a raw deflate
 * stream primed with the {@value #WINDOW} bytes before it as its dictionary, every band but the
 * last ends with a sync flush (an empty stored block, which leaves it on a byte boundary), and the
 * Adler-32 checksums of the bands are combined into the stream's.
 *
 * <p>Written here because {@code java.util.zip} offers only a sequential stream, and the PNG export
 * of a 4K figure spent most of its encoding time deflating on one core. The bands depend only on
 * the row count, never on the number of cores, so the same rows always give the same bytes; a
 * stream of at most {@value #BAND_ROWS} rows is one band.
 */
final class BandedDeflate {
    /** Rows per band. */
    static final int BAND_ROWS = 256;
    /** Deflate's window: the most a band can refer back into the rows before it. */
    private static final int WINDOW = 32 * 1024;
    /** The largest prime below 2^16, Adler-32's modulus. */
    private static final int ADLER_BASE = 65521;
    /** zlib's header for deflate with a 32 KiB window at the fastest level (RFC 1950, 2.2). */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};

    /** The rows to compress: {@code count} rows of {@code length} bytes each, read in order from any row. */
    interface Rows {
        int count();

        int length();

        /** Reads the rows from row {@code y} on. */
        Cursor from(int y);
    }

    /** Reads rows one after the other. */
    interface Cursor {
        /** Writes the next row into {@code into[0, length)}. */
        void next(byte[] into);
    }

    private BandedDeflate() {
    }

    /** Writes the zlib stream of {@code rows} to {@code out}, which stays open. */
    static void write(Rows rows, OutputStream out) throws IOException {
        int bands = Math.max(1, (rows.count() + BAND_ROWS - 1) / BAND_ROWS);
        List<Band> compressed = IntStream.range(0, bands).parallel().mapToObj(b -> band(rows, b, bands)).toList();
        out.write(ZLIB_HEADER);
        long adler = 1;
        for (Band band : compressed) {
            out.write(band.bytes());
            adler = combine(adler, band.adler(), band.length());
        }
        out.write(new byte[] {(byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler});
    }

    private record Band(byte[] bytes, long adler, long length) {
    }

    private static Band band(Rows rows, int index, int bands) {
        int first = index * BAND_ROWS;
        int end = Math.min(rows.count(), first + BAND_ROWS);
        byte[] row = new byte[rows.length()];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            if (first > 0) {
                deflater.setDictionary(bytesBefore(rows, first));
            }
            Adler32 adler = new Adler32();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            Cursor cursor = rows.from(first);
            for (int y = first; y < end; y++) {
                cursor.next(row);
                adler.update(row);
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            if (index == bands - 1) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return new Band(out.toByteArray(), adler.getValue(), (long) (end - first) * rows.length());
        } finally {
            deflater.end();
        }
    }

    /** The last {@value #WINDOW} bytes (or fewer) of the rows before {@code first}. */
    private static byte[] bytesBefore(Rows rows, int first) {
        int length = rows.length();
        int count = Math.min(first, (WINDOW + length - 1) / length);
        byte[] before = new byte[count * length];
        byte[] row = new byte[length];
        Cursor cursor = rows.from(first - count);
        for (int i = 0; i < count; i++) {
            cursor.next(row);
            System.arraycopy(row, 0, before, i * length, length);
        }
        int keep = Math.min(before.length, WINDOW);
        byte[] window = new byte[keep];
        System.arraycopy(before, before.length - keep, window, 0, keep);
        return window;
    }

    /**
     * The Adler-32 of two byte sequences one after the other, from the Adler-32 of each and the
     * length of the second: zlib's {@code adler32_combine}.
     */
    static long combine(long adler1, long adler2, long length2) {
        long rem = length2 % ADLER_BASE;
        long sum1 = adler1 & 0xFFFF;
        long sum2 = rem * sum1 % ADLER_BASE;
        sum1 += (adler2 & 0xFFFF) + ADLER_BASE - 1;
        sum2 += ((adler1 >>> 16) & 0xFFFF) + ((adler2 >>> 16) & 0xFFFF) + ADLER_BASE - rem;
        if (sum1 >= ADLER_BASE) {
            sum1 -= ADLER_BASE;
        }
        if (sum1 >= ADLER_BASE) {
            sum1 -= ADLER_BASE;
        }
        if (sum2 >= 2L * ADLER_BASE) {
            sum2 -= 2L * ADLER_BASE;
        }
        if (sum2 >= ADLER_BASE) {
            sum2 -= ADLER_BASE;
        }
        return sum1 | (sum2 << 16);
    }
}
