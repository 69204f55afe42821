package org.activationlab.export;

/** An export that could not be written; the message is meant for the user and names the file. */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
