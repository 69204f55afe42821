package org.activationlab.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The app's recurring kinds of label, their text read from the bundle of the current language. */
public final class Labels {
    private Labels() {
    }

    /** The heading of a group of controls, wrapped to the width it gets rather than elided. */
    public static Label sectionTitle(String key) {
        Label label = wrapped(Messages.get(key));
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    /** A small explanatory paragraph, wrapped to the width it gets. */
    public static Label caption(String key) {
        Label label = wrapped(Messages.get(key));
        label.getStyleClass().add(Styles.CAPTION);
        return label;
    }

    /**
     * A label that wraps its text and is never made lower than its wrapped lines need, so that a
     * crowded pane shrinks its other content (figures) instead of eliding the text.
     */
    public static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
