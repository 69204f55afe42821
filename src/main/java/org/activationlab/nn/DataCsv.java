package org.activationlab.nn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Reads and writes points as CSV: header {@code x1,x2,label} (classification, labels 0 or 1)
 * or {@code x,y} (1-D regression), then one point per line. Numbers are written with
 * {@link Double#toString(double)} so that they read back exactly; labels as {@code 0} or {@code 1}.
 *
 * <p>Reading is strict and every complaint names its line: the header must be one of the two
 * above, each row must have as many fields as the header, fields are plain decimal numbers
 * (an optional exponent; no NaN, infinities, hex or Java suffixes), labels are 0 or 1. Blank
 * lines and spaces around fields are ignored; a byte-order mark is skipped.
 */
public final class DataCsv {
    /** The most data rows a file may hold. */
    public static final int MAX_ROWS = 100_000;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private DataCsv() {
    }

    /**
     * Parses a data file.
     *
     * @throws DataFormatException naming the first bad line and what is wrong with it
     * @throws IOException if reading fails
     */
    public static Dataset read(Reader reader) throws IOException, DataFormatException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String header = in.readLine();
        if (header == null) {
            throw new DataFormatException(0, NnTexts.format("error.data.empty", ProblemType.CLASSIFICATION.csvHeader(),
                    ProblemType.REGRESSION.csvHeader()));
        }
        ProblemType type = headerType(header);
        String[] names = type.csvHeader().split(",");
        int columns = names.length;
        double[] x = new double[64 * type.inputs()];
        double[] y = new double[64];
        int rows = 0;
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (rows == MAX_ROWS) {
                throw new DataFormatException(lineNumber, NnTexts.format("error.data.tooManyRows", MAX_ROWS));
            }
            String[] fields = line.split(",", -1);
            if (fields.length != columns) {
                throw new DataFormatException(lineNumber, NnTexts.format("error.data.columns", columns,
                        type.csvHeader(), fields.length));
            }
            if (rows == y.length) {
                x = Arrays.copyOf(x, 2 * x.length);
                y = Arrays.copyOf(y, 2 * y.length);
            }
            for (int c = 0; c < type.inputs(); c++) {
                x[rows * type.inputs() + c] = number(fields[c], names[c], lineNumber);
            }
            double target = number(fields[columns - 1], names[columns - 1], lineNumber);
            if (type == ProblemType.CLASSIFICATION && target != 0 && target != 1) {
                throw new DataFormatException(lineNumber, NnTexts.format("error.data.label", fields[columns - 1].strip()));
            }
            y[rows++] = target;
        }
        if (rows == 0) {
            throw new DataFormatException(0, NnTexts.get("error.data.noRows"));
        }
        return new Dataset(type, Arrays.copyOf(x, rows * type.inputs()), Arrays.copyOf(y, rows));
    }

    private static ProblemType headerType(String line) throws DataFormatException {
        String header = line.startsWith("\uFEFF") ? line.substring(1) : line;
        String normalised = String.join(",", Arrays.stream(header.split(",", -1)).map(String::strip).toList());
        for (ProblemType t : ProblemType.values()) {
            if (t.csvHeader().equals(normalised)) {
                return t;
            }
        }
        throw new DataFormatException(1, NnTexts.format("error.data.header", ProblemType.CLASSIFICATION.csvHeader(),
                ProblemType.REGRESSION.csvHeader(), header.strip()));
    }

    private static double number(String field, String column, int line) throws DataFormatException {
        String text = field.strip();
        if (text.isEmpty()) {
            throw new DataFormatException(line, NnTexts.format("error.data.emptyValue", column));
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new DataFormatException(line, NnTexts.format("error.data.notANumber", column, text));
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new DataFormatException(line, NnTexts.format("error.data.tooLarge", column, text));
        }
        return value;
    }

    /** Writes {@code data} as CSV (header, then one line per point, each ending in {@code \n}). */
    public static void write(Dataset data, Appendable out) throws IOException {
        ProblemType type = data.type();
        out.append(type.csvHeader()).append('\n');
        for (int i = 0; i < data.size(); i++) {
            for (int c = 0; c < type.inputs(); c++) {
                out.append(Double.toString(data.input(i, c))).append(',');
            }
            double target = data.target(i);
            out.append(type == ProblemType.CLASSIFICATION ? Integer.toString((int) target) : Double.toString(target));
            out.append('\n');
        }
    }

    /** The CSV text of {@code data}. */
    public static String toCsv(Dataset data) {
        StringBuilder sb = new StringBuilder();
        try {
            write(data, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
