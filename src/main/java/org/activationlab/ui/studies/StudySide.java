package org.activationlab.ui.studies;

import java.util.stream.Stream;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.activationlab.ui.Styles;

/**
 * The scrolling panel of controls beside a study's figures (Neuron, Depth, Gates): as wide as
 * the user drags it, never narrower than its widest choice box needs to show any of its values
 * whole, nor than its widest radio button (a split pane does not widen an item whose least width
 * grows with a new value, so the least width cannot follow the value shown), and
 * {@value #WANTED_WIDTH_EM} em wide at least while the split pane it sits in has that room beside
 * its other items' least widths; where it has not (a large View &gt; Scale, the lessons open) it
 * gives way down to {@value #LEAST_WIDTH_EM} em, room for a label's longest words and a slider,
 * and the tab scrolls (see {@code TabScroll}) only where even that does not fit. Its content fits
 * its width (labels wrap, see the style class {@value #STYLE_CLASS}) and scrolls vertically.
 */
public final class StudySide extends ScrollPane {
    /** The style class of the panel. */
    public static final String STYLE_CLASS = "study-side";
    /** The width wanted where there is room, in multiples of the font size. */
    private static final double WANTED_WIDTH_EM = 16;
    /** The least width, in multiples of the font size. */
    private static final double LEAST_WIDTH_EM = 9;
    /** Room for the vertical scroll bar, in multiples of the font size. */
    private static final double SCROLL_BAR_EM = 1.2;

    /** A side panel showing {@code controls}. */
    public StudySide(Node controls) {
        super(controls);
        setFitToWidth(true);
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected double computeMinWidth(double height) {
        double em = getContent() != null && getContent().lookup(".label") instanceof Labeled label
                ? label.getFont().getSize() : Styles.BASE_FONT_SIZE;
        double widest = getContent() == null ? 0 : Stream.concat(getContent().lookupAll(".combo-box-base").stream()
                        .filter(ComboBoxBase.class::isInstance), getContent().lookupAll(".radio-button").stream())
                .mapToDouble(n -> ((Region) n).prefWidth(-1)).max().orElse(0);
        double contentInsets = getContent() instanceof Region r ? r.snappedLeftInset() + r.snappedRightInset() : 0;
        double insets = snappedLeftInset() + snappedRightInset();
        double least = Math.max(LEAST_WIDTH_EM * em, widest + contentInsets + SCROLL_BAR_EM * em) + insets;
        return Math.max(least, Math.min(WANTED_WIDTH_EM * em + insets, roomInSplitPane()));
    }

    /**
     * The width the split pane holding this panel has for it beside its other items' least widths
     * and its dividers, or infinity while it is not in a laid-out horizontal split pane.
     */
    private double roomInSplitPane() {
        Parent p = getParent();
        while (p != null && !(p instanceof SplitPane)) {
            p = p.getParent();
        }
        if (!(p instanceof SplitPane split) || split.getOrientation() != Orientation.HORIZONTAL
                || split.getWidth() <= 0 || !split.getItems().contains(this)) {
            return Double.POSITIVE_INFINITY;
        }
        double others = split.getItems().stream().filter(n -> n != this && n instanceof Region)
                .mapToDouble(n -> ((Region) n).minWidth(-1)).sum();
        double dividers = split.lookupAll(".split-pane-divider").stream().filter(d -> d.getParent() == split)
                .mapToDouble(d -> d.prefWidth(-1)).sum();
        return split.getWidth() - split.snappedLeftInset() - split.snappedRightInset() - others - dividers;
    }
}
