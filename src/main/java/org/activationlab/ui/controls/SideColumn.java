package org.activationlab.ui.controls;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A column of settings beside the main content (figures) where the width has room for both, else
 * under it. Beside, the column is as wide as its CSS preferred width, but at most
 * {@link #getMaxShare()} of the width, and never narrower than its content needs (its least width
 * and a vertical scroll bar), so that no setting is cut off; the content gets the rest. Where the
 * rest would be less than the content's least width (a large View &gt; Scale, or a window beside
 * the lessons panel), the content takes the whole width, three quarters of it as its height (within
 * its least and preferred heights), and the column goes under it as tall as its settings: the tab then scrolls down to them (see {@code TabScroll})
 * rather than sideways.
 *
 * <p>Where even the one under the other needs more than the width (the widest of the two least
 * widths), the tab scrolls sideways.
 */
public final class SideColumn extends Region {
    /** The content's height above the settings, in multiples of its width. */
    private static final double ABOVE_ASPECT = 0.75;

    private final ScrollPane side;
    private final Node main;
    private double maxShare = 1;
    /** Whether the last layout put the settings beside the content. */
    private boolean laidOutBeside = true;

    /**
     * @param side the settings, scrolling up and down, fitted to their width
     * @param main the content beside or above them
     */
    public SideColumn(ScrollPane side, Node main) {
        this.side = side;
        this.main = main;
        getChildren().setAll(side, main);
    }

    /** The largest share of the width the column takes beside the content, if its settings fit in it. */
    public double getMaxShare() {
        return maxShare;
    }

    public void setMaxShare(double share) {
        maxShare = share;
        requestLayout();
    }

    /** Whether the settings stand beside the content at {@code width} (else under it); hidden settings take no room. */
    public boolean isBeside(double width) {
        if (!side.isManaged()) {
            return true;
        }
        double inner = width - snappedLeftInset() - snappedRightInset();
        return inner - sideNeed() >= main.minWidth(-1);
    }

    /** Whether the settings stand beside the content now, for tests. */
    public boolean isBeside() {
        return isBeside(getWidth());
    }

    /** The least width of the settings beside the content: their own and room for their vertical scroll bar. */
    private double sideNeed() {
        if (!side.isManaged()) {
            return 0;
        }
        Node content = side.getContent();
        double bar = side.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL)
                .mapToDouble(n -> n.prefWidth(-1)).findFirst().orElse(0);
        return side.snappedLeftInset() + (content == null ? 0 : content.minWidth(-1)) + bar + side.snappedRightInset();
    }

    /** The column's width beside the content in {@code inner} pixels. */
    private double sideWidth(double inner) {
        if (!side.isManaged()) {
            return 0;
        }
        double wanted = Math.min(side.prefWidth(-1), maxShare * inner);
        return Math.min(Math.max(wanted, sideNeed()), inner - main.minWidth(-1));
    }

    /**
     * The content's height above the settings at {@code width}: {@value #ABOVE_ASPECT} of its
     * width (figures keep a landscape shape), within its least and preferred heights.
     */
    private double mainHeightAbove(double width) {
        return Math.max(main.minHeight(width), Math.min(main.prefHeight(width), ABOVE_ASPECT * width));
    }

    /** The settings' height under the content at {@code width}: all of them, without scrolling. */
    private double sideHeightUnder(double width) {
        Node content = side.getContent();
        double inner = width - side.snappedLeftInset() - side.snappedRightInset();
        return side.snappedTopInset() + (content == null ? 0 : content.prefHeight(inner)) + side.snappedBottomInset();
    }

    /**
     * None, though its height depends on its width: a parent asks a node biased so for its height
     * at the node's preferred width (both side by side) when it has no width to give, as a scroll
     * pane does to decide on its scroll bar; asked with no width, this answers at the width it has.
     */
    @Override
    public Orientation getContentBias() {
        return null;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(sideNeed(), main.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + (side.isManaged() ? side.prefWidth(-1) : 0) + main.prefWidth(-1) + snappedRightInset();
    }

    /** Asked with no width (as a scroll pane asks whether to show its bar), at the width it has. */
    @Override
    protected double computeMinHeight(double width) {
        double w = width < 0 && getWidth() > 0 ? getWidth() : width;
        double inner = w < 0 ? -1 : w - snappedLeftInset() - snappedRightInset();
        double heights = w < 0 || isBeside(w) ? Math.max(side.isManaged() ? side.minHeight(-1) : 0, main.minHeight(-1))
                : mainHeightAbove(inner) + sideHeightUnder(inner);
        return snappedTopInset() + heights + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 && getWidth() > 0 ? getWidth() : width;
        double inner = w < 0 ? -1 : w - snappedLeftInset() - snappedRightInset();
        double heights = w < 0 || isBeside(w) ? Math.max(side.isManaged() ? side.prefHeight(-1) : 0, main.prefHeight(-1))
                : main.prefHeight(inner) + sideHeightUnder(inner);
        return snappedTopInset() + heights + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - x - snappedRightInset();
        double height = getHeight() - y - snappedBottomInset();
        boolean beside = isBeside(getWidth());
        if (beside != laidOutBeside) {
            // its least height changed with the arrangement: the parent asks again at the next pulse
            laidOutBeside = beside;
            requestParentLayout();
        }
        if (beside) {
            double column = sideWidth(inner);
            if (side.isManaged()) {
                side.resizeRelocate(x, y, column, height);
            }
            main.resizeRelocate(x + column, y, inner - column, height);
        } else {
            double under = sideHeightUnder(inner);
            double above = Math.max(mainHeightAbove(inner), height - under);
            main.resizeRelocate(x, y, inner, above);
            side.resizeRelocate(x, y + above, inner, under);
        }
    }
}
