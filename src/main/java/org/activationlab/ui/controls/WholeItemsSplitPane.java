package org.activationlab.ui.controls;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;

/**
 * A split pane that moves its dividers, before each layout, so that every item gets at least its
 * least size wherever the split pane has room for all of them. JavaFX's own split pane keeps a
 * divider where it was put ({@link #setDividerPositions}, or where the window's last resize left it
 * for an item that does not resize with its parent), and lays an item out no smaller than its
 * least size but centred in the room it got, so an item given less than that loses both its edges:
 * at a large View &gt; Scale the side panels' titles and the figures' titles were cut that way.
 * Where the items' least sizes add up to more than the split pane has, the dividers stay (the tab
 * scrolls instead, see {@code TabScroll}).
 *
 * <p>Its least height is computed for the width it is given: JavaFX's split pane asks its items
 * for their least heights without a width, which for an item whose height depends on its width
 * (wrapped text, a row that stacks its figures) is the height at its widest, so a tab gave the
 * items less height than they needed at the width they had. A horizontal split pane can also
 * {@linkplain #stackWhenNarrow() stack its items} where they do not fit side by side.
 */
public class WholeItemsSplitPane extends SplitPane {
    /** How far, in pixels, the height given may fall short of the least height before more is asked for. */
    private static final double SHORT = 0.5;
    /**
     * The share of its width a split pane keeps to spare before it stacks its items: a panel whose
     * least width grows with what it shows (a slider's value, a longer choice) then does not push
     * past its room in the layout before the one that would stack it.
     */
    private static final double STACKING_MARGIN = 0.08;

    private boolean stacksWhenNarrow;
    /** The divider positions side by side, kept while the items are stacked. */
    private double[] sideBySide;
    /**
     * The width and least height for which more height was last asked for: asked once for each,
     * so that a parent that has no more height to give is not asked again and again.
     */
    private double askedAtWidth = -1;
    private double askedFor = -1;

    /**
     * An item that scrolls beside the others (its height does not count towards the split pane's
     * least height there) and is as high as its content where its split pane stacks it.
     */
    public interface StackedItem {
        /** The least width the item can have beside the others (its least width may be more while there is room). */
        double leastWidth();

        /** The item's least height at {@code width} while its split pane stacks it. */
        double stackedMinHeight(double width);
    }

    /** A split pane of {@code items}, side by side. */
    public WholeItemsSplitPane(Node... items) {
        super(items);
    }

    /**
     * Lays the items of this horizontal split pane one under the other, in their order, wherever
     * its width is less than their least widths side by side add up to (a large View &gt; Scale,
     * the lessons open). Its least width is then its widest item's, so that the tab around it
     * scrolls vertically rather than sideways. Side by side again, the dividers go back where they were.
     */
    public void stackWhenNarrow() {
        if (getOrientation() != Orientation.HORIZONTAL) {
            throw new IllegalStateException("only a split pane that lays its items side by side can stack them");
        }
        stacksWhenNarrow = true;
        requestLayout();
    }

    /** Whether this split pane stacks its items where they do not fit side by side ({@link #stackWhenNarrow()}). */
    public boolean isStacking() {
        return stacksWhenNarrow;
    }

    /** Whether the items lie one under the other because the split pane is too narrow for them side by side. */
    public boolean isStacked() {
        return stacksWhenNarrow && getOrientation() == Orientation.VERTICAL;
    }

    /** The items' heights depend on their widths: a parent that honours this asks for heights at a width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        if (!stacksWhenNarrow) {
            return super.computeMinWidth(height);
        }
        return snappedLeftInset() + getItems().stream().mapToDouble(WholeItemsSplitPane::leastWidth).max().orElse(0)
                + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        double w = width >= 0 && width < Double.MAX_VALUE ? width : getWidth();
        List<Node> items = getItems();
        if (w <= 0 || items.isEmpty()) {
            return super.computeMinHeight(width);
        }
        double inner = w - snappedLeftInset() - snappedRightInset();
        double least;
        if (stacked(inner) || !stacksWhenNarrow && getOrientation() == Orientation.VERTICAL) {
            boolean stacking = stacksWhenNarrow;
            least = items.stream().mapToDouble(n -> stacking && n instanceof StackedItem s ? s.stackedMinHeight(inner)
                    : n.minHeight(inner)).sum() + dividers();
        } else {
            double[] widths = itemWidths(inner);
            least = 0;
            for (int i = 0; i < items.size(); i++) {
                if (!(stacksWhenNarrow && items.get(i) instanceof StackedItem)) {
                    least = Math.max(least, items.get(i).minHeight(widths[i]));
                }
            }
        }
        return snappedTopInset() + least + snappedBottomInset();
    }

    /** The room all dividers take along the split ({@code SplitPaneSkin} sizes a divider by its preferred width either way). */
    private double dividers() {
        return lookupAll(".split-pane-divider").stream().filter(d -> d.getParent() == this)
                .mapToDouble(d -> d.prefWidth(-1)).sum();
    }

    /** Whether the items are to be stacked in {@code inner}, the width inside the insets. */
    private boolean stacked(double inner) {
        return stacksWhenNarrow && getItems().size() > 1 && inner * (1 - STACKING_MARGIN)
                < getItems().stream().mapToDouble(WholeItemsSplitPane::leastWidth).sum() + dividers();
    }

    /** The least width {@code item} can have beside the others (not the width it asks for while there is room). */
    private static double leastWidth(Node item) {
        return item instanceof StackedItem s ? s.leastWidth() : item.minWidth(-1);
    }

    /** The widths the items get side by side in {@code inner}: between the dividers, each at least its least width. */
    private double[] itemWidths(double inner) {
        int n = getItems().size();
        double[] positions = wholePositions(isStacked() && sideBySide != null && sideBySide.length == n - 1
                ? sideBySide.clone() : getDividerPositions(), inner, true);
        double divider = n > 1 ? dividers() / (n - 1) : 0;
        double[] widths = new double[n];
        double start = 0;
        for (int i = 0; i < n; i++) {
            double end = i < n - 1 ? positions[i] * inner - divider / 2 : inner;
            widths[i] = Math.max(getItems().get(i).minWidth(-1), end - start);
            start = end + divider;
        }
        return widths;
    }

    @Override
    protected void layoutChildren() {
        for (Node item : getItems()) {
            if (item instanceof StackedItem && item instanceof Parent p) {
                // its least width follows the room beside the others: asked again, not from a cache
                p.requestLayout();
            }
        }
        if (stacksWhenNarrow) {
            stackOrNot();
        }
        keepItemsWhole();
        super.layoutChildren();
        askForRoomIfShort();
    }

    private void stackOrNot() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        boolean stack = stacked(inner);
        if (stack == (getOrientation() == Orientation.VERTICAL)) {
            return;
        }
        if (stack) {
            sideBySide = getDividerPositions();
            setOrientation(Orientation.VERTICAL);
        } else {
            setOrientation(Orientation.HORIZONTAL);
            if (sideBySide != null && sideBySide.length == getDividers().size()) {
                setDividerPositions(sideBySide);
            }
        }
    }

    /**
     * Where this got less height than its items need at the width it got (its parent asked for its
     * least height at another width, as a parent does before it lays out at a new width), asks its
     * parents for a new layout after this one, when their size caches are cleared and the least
     * height is asked for again.
     */
    private void askForRoomIfShort() {
        double least = getWidth() <= 0 ? 0 : minHeight(getWidth());
        if (getHeight() >= least - SHORT || getWidth() == askedAtWidth && least == askedFor) {
            return;
        }
        askedAtWidth = getWidth();
        askedFor = least;
        Platform.runLater(this::requestLayout);
    }

    private void keepItemsWhole() {
        int n = getItems().size();
        if (n < 2) {
            return;
        }
        boolean horizontal = getOrientation() == Orientation.HORIZONTAL;
        double length = horizontal ? getWidth() - snappedLeftInset() - snappedRightInset()
                : getHeight() - snappedTopInset() - snappedBottomInset();
        double[] positions = getDividerPositions();
        double[] kept = wholePositions(getDividerPositions(), length, horizontal);
        for (int k = 0; k < n - 1; k++) {
            if (Math.abs(kept[k] - positions[k]) > 1e-9) {
                setDividerPosition(k, kept[k]);
            }
        }
    }

    /**
     * The divider {@code positions} moved, each as little as it can, so that they give every item
     * at least its least size along a split of {@code length} (side by side if {@code horizontal});
     * as they are where the least sizes do not fit.
     */
    private double[] wholePositions(double[] positions, double length, boolean horizontal) {
        int n = getItems().size();
        if (n < 2 || length <= 0) {
            return positions;
        }
        double dividers = dividers();
        double divider = dividers / (n - 1);
        double across = getWidth() - snappedLeftInset() - snappedRightInset();
        double[] least = new double[n];
        double total = dividers;
        for (int i = 0; i < n; i++) {
            Node item = getItems().get(i);
            least[i] = horizontal ? item.minWidth(-1) : item.minHeight(across);
            total += least[i];
        }
        if (total > length) {
            return positions;
        }
        double before = 0;
        for (int k = 0; k < n - 1; k++) {
            before += least[k] + (k == 0 ? divider / 2 : divider);
            double after = divider / 2;
            for (int j = k + 1; j < n; j++) {
                after += least[j] + (j == n - 1 ? 0 : divider);
            }
            double lowest = (k == 0 ? before : Math.max(before, positions[k - 1] * length + least[k] + divider)) / length;
            double highest = 1 - after / length;
            positions[k] = Math.min(Math.max(positions[k], lowest), highest);
        }
        return positions;
    }
}
