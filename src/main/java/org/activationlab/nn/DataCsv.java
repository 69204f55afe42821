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
 *
 * <p>Input is bounded so that a hostile file (an endless line, {@code /dev/zero}) is refused
 * quickly instead of exhausting memory: a line may hold at most {@value #MAX_LINE_LENGTH}
 * characters and the file at most {@value #MAX_CHARACTERS}; a control character other than tab,
 * carriage return and line feed means the file is not text (binary, or UTF-16 read as UTF-8).
 * Complaints quote at most {@value #MAX_QUOTED} characters of a field, with an ellipsis.
 */
public final class DataCsv {
    /** The most data rows a file may hold. */
    public static final int MAX_ROWS = 100_000;
    /** The most characters one line may hold (a row of three long decimals needs fewer than 100). */
    public static final int MAX_LINE_LENGTH = 1_000;
    /** The most characters a file may hold: {@value #MAX_ROWS} rows of about 160 characters. */
    public static final int MAX_CHARACTERS = 16_000_000;
    /** The most characters of a field quoted in a complaint. */
    static final int MAX_QUOTED = 40;

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
        BoundedLines in = new BoundedLines(reader instanceof BufferedReader b ? b : new BufferedReader(reader));
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
                throw new DataFormatException(lineNumber, NnTexts.format("error.data.label",
                        quoted(fields[columns - 1].strip())));
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
                ProblemType.REGRESSION.csvHeader(), quoted(header.strip())));
    }

    private static double number(String field, String column, int line) throws DataFormatException {
        String text = field.strip();
        if (text.isEmpty()) {
            throw new DataFormatException(line, NnTexts.format("error.data.emptyValue", column));
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new DataFormatException(line, NnTexts.format("error.data.notANumber", column, quoted(text)));
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new DataFormatException(line, NnTexts.format("error.data.tooLarge", column, quoted(text)));
        }
        return value;
    }

    /** {@code text} as quoted in a complaint: whole if short, else its first {@value #MAX_QUOTED} characters and an ellipsis. */
    static String quoted(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "\u2026";
    }

    /**
     * The lines of a reader, as {@link BufferedReader#readLine()} splits them (at {@code \n},
     * {@code \r} or {@code \r\n}), refusing a line longer than {@link #MAX_LINE_LENGTH}, a file
     * longer than {@link #MAX_CHARACTERS} and control characters. Written here because the JDK's
     * readers have no such bounds: they read a whole line before it can be measured.
     */
    private static final class BoundedLines {
        private final BufferedReader in;
        private final StringBuilder line = new StringBuilder();
        private long characters;
        private int lineNumber;
        private boolean afterCarriageReturn;

        BoundedLines(BufferedReader in) {
            this.in = in;
        }

        /** The next line without its terminator, or null at the end of the input. */
        String readLine() throws IOException, DataFormatException {
            line.setLength(0);
            lineNumber++;
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (++characters > MAX_CHARACTERS) {
                    throw new DataFormatException(0, NnTexts.format("error.data.tooLong", MAX_CHARACTERS));
                }
                boolean skipLineFeed = afterCarriageReturn && c == '\n';
                afterCarriageReturn = c == '\r';
                if (skipLineFeed) {
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    return line.toString();
                }
                if (c < ' ' && c != '\t' || c == 0x7F) {
                    throw new DataFormatException(lineNumber, NnTexts.format("error.data.notText",
                            String.format("U+%04X", c)));
                }
                if (line.length() == MAX_LINE_LENGTH) {
                    throw new DataFormatException(lineNumber, NnTexts.format("error.data.lineTooLong", MAX_LINE_LENGTH));
                }
                line.append((char) c);
            }
            return line.isEmpty() ? null : line.toString();
        }
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
