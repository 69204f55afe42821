package org.activationlab.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.activationlab.ui.presentation.PresentationSettings;

/**
 * State of the main window that is not owned by one view: the status line and presentation
 * mode (scale, theme, palette, hidden controls).
 */
public final class MainViewModel {
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.get(TextKeys.STATUS_READY));
    private final PresentationSettings presentation = new PresentationSettings();

    /** The message shown in the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows {@code message} in the status bar until the next one. */
    public void showStatus(String message) {
        status.set(message);
    }

    /** Presentation mode's settings: View &gt; Scale, Theme, Palette and Hide Controls. */
    public PresentationSettings presentation() {
        return presentation;
    }
}
