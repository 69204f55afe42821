package org.activationlab.ui.studies;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The scrolling panel of controls beside a study's figures (Neuron, Depth, Gates): as wide as
 * the user drags it, but at least as wide as the style class {@value #STYLE_CLASS} says, in em, so
 * that it grows with the text size and its choices are not elided; its content fits its width
 * (labels wrap) and scrolls vertically.
 */
public final class StudySide {
    /** The style class of the panel. */
    public static final String STYLE_CLASS = "study-side";

    private StudySide() {
    }

    /** A side panel showing {@code controls}. */
    public static ScrollPane of(Node controls) {
        ScrollPane pane = new ScrollPane(controls);
        pane.setFitToWidth(true);
        pane.getStyleClass().add(STYLE_CLASS);
        return pane;
    }
}
