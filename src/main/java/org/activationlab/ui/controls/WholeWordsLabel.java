package org.activationlab.ui.controls;

import javafx.scene.control.Label;

/**
 * A label whose text wraps onto more lines in a narrow place but never breaks inside a word: its
 * least width is its padding and its widest word ({@link WholeWords}), so a layout narrower than
 * that scrolls (or stacks) instead of showing "Smoothn / ess". While it does not wrap, its least
 * width is a label's own.
 */
public class WholeWordsLabel extends Label {
    /** A wrapping label showing {@code text}. */
    public WholeWordsLabel(String text) {
        super(text);
        setWrapText(true);
    }

    /** A wrapping label with no text yet. */
    public WholeWordsLabel() {
        this(null);
    }

    @Override
    protected double computeMinWidth(double height) {
        if (!isWrapText() || getText() == null || getText().isBlank()) {
            return super.computeMinWidth(height);
        }
        return snappedLeftInset() + WholeWords.widest(getText(), getFont()) + snappedRightInset();
    }
}
