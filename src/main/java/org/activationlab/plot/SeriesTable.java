package org.activationlab.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Sampled data as named columns of equal length, the form CSV export writes: e.g. {@code x},
 * {@code sigmoid}, {@code dsigmoid}.
 */
public final class SeriesTable {
    private final List<String> headers;
    private final List<double[]> columns;

    /**
     * @param headers one unique name per column
     * @param columns the columns (copied), all of the same length
     */
    public SeriesTable(List<String> headers, List<double[]> columns) {
        this.headers = List.copyOf(headers);
        if (headers.size() != columns.size() || columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs one header per column and at least one column");
        }
        if (headers.stream().distinct().count() != headers.size()) {
            throw new IllegalArgumentException("column names must be unique, got " + headers);
        }
        List<double[]> copies = new ArrayList<>();
        for (double[] c : columns) {
            if (c.length != columns.get(0).length) {
                throw new IllegalArgumentException("all columns must have the same length");
            }
            copies.add(c.clone());
        }
        this.columns = List.copyOf(copies);
    }

    public List<String> headers() {
        return headers;
    }

    /** The number of columns. */
    public int columnCount() {
        return columns.size();
    }

    /** The number of rows. */
    public int rowCount() {
        return columns.get(0).length;
    }

    /** The value in a row and column. */
    public double value(int row, int column) {
        return columns.get(column)[row];
    }
}
