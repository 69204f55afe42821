package org.activationlab.ui.controls;

import javafx.geometry.Orientation;
import javafx.scene.Node;

/**
 * Two nodes side by side, the first at its preferred width and the second taking the rest, when
 * the rest is at least the second's minimum width; otherwise one under the other, both as wide
 * as the pane. Unlike an {@code HBox}, it never squeezes the first (a table) below what it needs
 * nor gives wrapping text beside it too little height: heights are computed for the widths given.
 * The gap between the two is the CSS property {@code -fx-spacing}.
 */
public final class SideBySide extends SpacedRegion {
    private final Node first;
    private final Node second;

    public SideBySide(Node first, Node second) {
        this.first = first;
        this.second = second;
        getChildren().setAll(first, second);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Whether the two fit side by side in {@code contentWidth}. */
    private boolean sideBySide(double contentWidth) {
        return contentWidth - first.prefWidth(-1) - spacing() >= second.minWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + first.prefWidth(-1) + spacing() + second.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(first.minWidth(-1), second.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double content = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        double firstWidth = Math.min(content, first.prefWidth(-1));
        double inner;
        if (sideBySide(content)) {
            double rest = content - firstWidth - spacing();
            inner = Math.max(first.prefHeight(firstWidth), second.prefHeight(rest));
        } else {
            inner = first.prefHeight(firstWidth) + spacing() + second.prefHeight(content);
        }
        return snappedTopInset() + inner + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double content = getWidth() - x - snappedRightInset();
        double firstWidth = Math.min(content, first.prefWidth(-1));
        if (sideBySide(content)) {
            double rest = content - firstWidth - spacing();
            first.resizeRelocate(x, y, firstWidth, first.prefHeight(firstWidth));
            second.resizeRelocate(x + firstWidth + spacing(), y, rest, second.prefHeight(rest));
        } else {
            double firstHeight = first.prefHeight(firstWidth);
            first.resizeRelocate(x, y, firstWidth, firstHeight);
            second.resizeRelocate(x, y + firstHeight + spacing(), content, second.prefHeight(content));
        }
    }
}
