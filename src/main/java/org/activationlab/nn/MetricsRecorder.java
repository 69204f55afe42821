package org.activationlab.nn;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Per-step metrics in bounded memory. The newest rows are kept in full, in chunks of
 * {@link #CHUNK} rows: the chunk being filled and the {@link #RECENT_CHUNKS} before it. A chunk
 * that falls out of that window is folded, row by row, into min/max envelope buckets of
 * {@code width} steps aligned at step 0; when {@link #MAX_BUCKETS} buckets are full, neighbours
 * are merged in pairs into new arrays and the width doubles. About 1 MB for a 2-8-8-1 network
 * however long the run.
 *
 * <p>Nothing a {@link MetricsHistory} sees ever changes: rows and buckets are only appended past
 * the ends the views know, full chunks are never written again, and merging writes new arrays, so
 * every view handed out stays valid and immutable. Used by one thread.
 */
final class MetricsRecorder {
    /** Rows per chunk of full-resolution rows. */
    static final int CHUNK = 1024;
    /** Full chunks kept before the one being filled. */
    static final int RECENT_CHUNKS = 4;
    /** The fewest steps kept in full once the run is longer. */
    static final int FULL_ROWS = CHUNK * RECENT_CHUNKS;
    /** Envelope buckets before neighbours are merged (an even number). */
    static final int MAX_BUCKETS = 1024;

    /**
     * An immutable view of the envelopes: {@code complete} buckets of {@code width} steps in the
     * shared arrays, then, when not null, the bucket still being filled (copied).
     */
    record Envelopes(double[][] min, double[][] max, int complete, int width, double[] pendingMin, double[] pendingMax) {
        /** No buckets. */
        static final Envelopes NONE = new Envelopes(new double[0][], new double[0][], 0, 1, null, null);

        int count() {
            return complete + (pendingMin == null ? 0 : 1);
        }

        double min(int column, int i) {
            return i < complete ? min[column][i] : pendingMin[column];
        }

        double max(int column, int i) {
            return i < complete ? max[column][i] : pendingMax[column];
        }

        /** The first {@code buckets} buckets. */
        Envelopes first(int buckets) {
            return buckets >= count() ? this : new Envelopes(min, max, buckets, width, null, null);
        }
    }

    private final int hiddenLayers;
    private final int columns;
    private final ArrayDeque<double[][]> full = new ArrayDeque<>();
    private double[][] current;
    private int currentSize;
    private int firstFullStep;
    private int size;
    private double[][] bucketMin;
    private double[][] bucketMax;
    private int buckets;
    private int width = 1;
    private final double[] pendingMin;
    private final double[] pendingMax;
    private int pendingRows;

    MetricsRecorder(int hiddenLayers) {
        this.hiddenLayers = hiddenLayers;
        this.columns = MetricsHistory.columnCount(hiddenLayers);
        this.current = new double[columns][CHUNK];
        this.bucketMin = new double[columns][MAX_BUCKETS];
        this.bucketMax = new double[columns][MAX_BUCKETS];
        this.pendingMin = new double[columns];
        this.pendingMax = new double[columns];
    }

    /** Appends one row: {@code row[c]} goes to column c. */
    void append(double[] row) {
        if (currentSize == CHUNK) {
            full.addLast(current);
            current = new double[columns][CHUNK];
            currentSize = 0;
            if (full.size() > RECENT_CHUNKS) {
                fold(full.removeFirst());
                firstFullStep += CHUNK;
            }
        }
        for (int c = 0; c < columns; c++) {
            current[c][currentSize] = row[c];
        }
        currentSize++;
        size++;
    }

    /** Folds the rows of a chunk leaving the full-resolution window into the envelopes. */
    private void fold(double[][] chunk) {
        for (int r = 0; r < CHUNK; r++) {
            for (int c = 0; c < columns; c++) {
                double v = chunk[c][r];
                pendingMin[c] = pendingRows == 0 ? v : minIgnoringNaN(pendingMin[c], v);
                pendingMax[c] = pendingRows == 0 ? v : maxIgnoringNaN(pendingMax[c], v);
            }
            if (++pendingRows == width) {
                closeBucket();
            }
        }
    }

    private void closeBucket() {
        for (int c = 0; c < columns; c++) {
            bucketMin[c][buckets] = pendingMin[c];
            bucketMax[c][buckets] = pendingMax[c];
        }
        pendingRows = 0;
        if (++buckets == MAX_BUCKETS) {
            double[][] min = new double[columns][MAX_BUCKETS];
            double[][] max = new double[columns][MAX_BUCKETS];
            for (int c = 0; c < columns; c++) {
                for (int b = 0; b < MAX_BUCKETS / 2; b++) {
                    min[c][b] = minIgnoringNaN(bucketMin[c][2 * b], bucketMin[c][2 * b + 1]);
                    max[c][b] = maxIgnoringNaN(bucketMax[c][2 * b], bucketMax[c][2 * b + 1]);
                }
            }
            bucketMin = min;
            bucketMax = max;
            buckets = MAX_BUCKETS / 2;
            width *= 2;
        }
    }

    /** The smaller of two values, or the one that is not NaN (NaN if both are). */
    static double minIgnoringNaN(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    /** The larger of two values, or the one that is not NaN (NaN if both are). */
    static double maxIgnoringNaN(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /** The rows written so far. */
    MetricsHistory view() {
        Envelopes envelopes = new Envelopes(bucketMin, bucketMax, buckets, width,
                pendingRows == 0 ? null : pendingMin.clone(), pendingRows == 0 ? null : pendingMax.clone());
        double[][][] chunks = full.toArray(new double[0][][]);
        double[][][] all = Arrays.copyOf(chunks, chunks.length + 1);
        all[chunks.length] = current;
        return new MetricsHistory(envelopes, List.of(all), firstFullStep, size, hiddenLayers);
    }
}
