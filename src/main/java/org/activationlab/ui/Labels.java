package org.activationlab.ui;

import javafx.scene.control.Label;

/** The app's recurring kinds of label, their text read from the bundle of the current language. */
public final class Labels {
    private Labels() {
    }

    /** The heading of a group of controls. */
    public static Label sectionTitle(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    /** A small explanatory paragraph, wrapped to the width it gets. */
    public static Label caption(String key) {
        Label label = new Label(Messages.get(key));
        label.setWrapText(true);
        label.getStyleClass().add(Styles.CAPTION);
        return label;
    }
}
