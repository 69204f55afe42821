package org.activationlab.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the main window that is not owned by one view: the status line and the text scale
 * (for projectors: 1.0 to 2.5 in steps of 0.25).
 */
public final class MainViewModel {
    public static final double MIN_TEXT_SCALE = 1.0;
    public static final double MAX_TEXT_SCALE = 2.5;
    public static final double TEXT_SCALE_STEP = 0.25;

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.get(TextKeys.STATUS_READY));
    private final ReadOnlyDoubleWrapper textScale = new ReadOnlyDoubleWrapper(MIN_TEXT_SCALE);

    /** The message shown in the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows {@code message} in the status bar until the next one. */
    public void showStatus(String message) {
        status.set(message);
    }

    /** The factor applied to every font size of the window. */
    public ReadOnlyDoubleProperty textScaleProperty() {
        return textScale.getReadOnlyProperty();
    }

    public double getTextScale() {
        return textScale.get();
    }

    /** One step larger, up to {@link #MAX_TEXT_SCALE}. */
    public void enlargeText() {
        textScale.set(Math.min(MAX_TEXT_SCALE, textScale.get() + TEXT_SCALE_STEP));
    }

    /** One step smaller, down to {@link #MIN_TEXT_SCALE}. */
    public void shrinkText() {
        textScale.set(Math.max(MIN_TEXT_SCALE, textScale.get() - TEXT_SCALE_STEP));
    }

    /** Back to the normal size. */
    public void resetText() {
        textScale.set(MIN_TEXT_SCALE);
    }
}
