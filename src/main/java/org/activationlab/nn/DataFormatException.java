package org.activationlab.nn;

/** A data file that cannot be used; the message starts with the line number, e.g. "line 5: ...". */
public class DataFormatException extends Exception {
    private final int line;

    public DataFormatException(int line, String problem) {
        super(line > 0 ? NnTexts.format("error.data.line", line, problem) : problem);
        this.line = line;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
