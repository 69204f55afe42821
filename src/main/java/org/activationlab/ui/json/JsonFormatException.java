package org.activationlab.ui.json;

import org.activationlab.ui.Messages;

/**
 * A JSON file the app cannot use (a session, a lesson, the preferences): where the problem is,
 * as a JSON pointer such as {@code /parts/training/learningRate} (empty for the whole file),
 * and what it is, naming the value found and what is allowed, in the current language. The
 * message is {@code pointer: problem}; {@link #inFile} adds the file's name.
 */
public class JsonFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String problem;

    /** A problem with the file as a whole (not valid JSON, not UTF-8, missing...). */
    public JsonFormatException(String problem) {
        this("", problem, null);
    }

    /** A problem with the file as a whole, caused by {@code cause}. */
    public JsonFormatException(String problem, Throwable cause) {
        this("", problem, cause);
    }

    /**
     * A problem at {@code pointer}.
     *
     * @param pointer a JSON pointer (RFC 6901), {@code ""} for the whole document
     * @param problem what is wrong, naming the value and what is allowed
     */
    public JsonFormatException(String pointer, String problem, Throwable cause) {
        super(pointer.isEmpty() ? problem : Messages.format(JsonKeys.AT, pointer, problem), cause);
        this.pointer = pointer;
        this.problem = problem;
    }

    /** Where the problem is, as a JSON pointer; {@code ""} for the whole file. */
    public String pointer() {
        return pointer;
    }

    /** What is wrong, without the pointer. */
    public String problem() {
        return problem;
    }

    /** The message with the name of the file it is about first: {@code file: /pointer: problem}. */
    public String inFile(Object file) {
        return Messages.format(JsonKeys.IN_FILE, file, getMessage());
    }
}
