package org.activationlab.ui.lessons;

/** A lesson file that cannot be used; the message says where and what, for the teacher who wrote it. */
public final class LessonFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public LessonFormatException(String message) {
        super(message);
    }
}
