package org.activationlab.ui.controls;

import javafx.beans.property.DoubleProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two nodes side by side, the first at its preferred width and the second taking the rest, when
 * the rest is at least the second's minimum width; otherwise one under the other, both as wide
 * as the pane. Unlike an {@code HBox}, it never squeezes the first (a table) below what it needs
 * nor gives wrapping text beside it too little height: heights are computed for the widths given.
 * The gap between the two is the CSS property {@code -fx-spacing}.
 */
public final class SideBySide extends Region {
    private static final CssMetaData<SideBySide, Number> SPACING = new CssMetaData<>("-fx-spacing",
            SizeConverter.getInstance(), 0.0) {
        @Override
        public boolean isSettable(SideBySide pane) {
            return !pane.spacing.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(SideBySide pane) {
            return pane.spacing;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(SPACING);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final Node first;
    private final Node second;
    private final StyleableDoubleProperty spacing = new StyleableDoubleProperty(0) {
        @Override
        protected void invalidated() {
            requestLayout();
        }

        @Override
        public Object getBean() {
            return SideBySide.this;
        }

        @Override
        public String getName() {
            return "spacing";
        }

        @Override
        public CssMetaData<SideBySide, Number> getCssMetaData() {
            return SPACING;
        }
    };

    public SideBySide(Node first, Node second) {
        this.first = first;
        this.second = second;
        getChildren().setAll(first, second);
    }

    /** The gap between the two nodes, side by side or one under the other. */
    public DoubleProperty spacingProperty() {
        return spacing;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Whether the two fit side by side in {@code contentWidth}. */
    private boolean sideBySide(double contentWidth) {
        return contentWidth - first.prefWidth(-1) - spacing.get() >= second.minWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + first.prefWidth(-1) + spacing.get() + second.prefWidth(-1) + snappedRightInset();
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
            double rest = content - firstWidth - spacing.get();
            inner = Math.max(first.prefHeight(firstWidth), second.prefHeight(rest));
        } else {
            inner = first.prefHeight(firstWidth) + spacing.get() + second.prefHeight(content);
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
            double rest = content - firstWidth - spacing.get();
            first.resizeRelocate(x, y, firstWidth, first.prefHeight(firstWidth));
            second.resizeRelocate(x + firstWidth + spacing.get(), y, rest, second.prefHeight(rest));
        } else {
            double firstHeight = first.prefHeight(firstWidth);
            first.resizeRelocate(x, y, firstWidth, firstHeight);
            second.resizeRelocate(x, y + firstHeight + spacing.get(), content, second.prefHeight(content));
        }
    }
}
