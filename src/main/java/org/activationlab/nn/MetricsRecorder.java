package org.activationlab.nn;

import java.util.Arrays;

/**
 * Append-only columns of per-step metrics. Rows already written are never changed, and growing
 * copies into new arrays, so every {@link MetricsHistory} handed out stays valid and immutable.
 */
final class MetricsRecorder {
    private final int hiddenLayers;
    private double[][] columns;
    private int size;

    MetricsRecorder(int hiddenLayers) {
        this.hiddenLayers = hiddenLayers;
        this.columns = new double[MetricsHistory.columnCount(hiddenLayers)][256];
    }

    /** Appends one row: {@code row[c]} goes to column c. */
    void append(double[] row) {
        if (size == columns[0].length) {
            double[][] grown = new double[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                grown[c] = Arrays.copyOf(columns[c], 2 * size);
            }
            columns = grown;
        }
        for (int c = 0; c < columns.length; c++) {
            columns[c][size] = row[c];
        }
        size++;
    }

    /** The rows written so far. */
    MetricsHistory view() {
        return new MetricsHistory(columns, size, hiddenLayers);
    }
}
