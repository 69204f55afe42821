package org.activationlab.ui.session;

/**
 * A session file that cannot be opened: not JSON, cut short, not a session, written by a newer
 * version, or holding a value the app does not allow. The message names the problem and, for a
 * bad value, the field, the value and what is allowed; it never includes the file name (the
 * caller adds that).
 */
public class SessionFormatException extends Exception {
    public SessionFormatException(String message) {
        super(message);
    }

    public SessionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
