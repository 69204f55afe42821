package org.activationlab.ui.controls;

import javafx.geometry.Orientation;
import javafx.scene.Node;
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
 */
public class WholeItemsSplitPane extends SplitPane {
    /** A split pane of {@code items}, side by side. */
    public WholeItemsSplitPane(Node... items) {
        super(items);
    }

    @Override
    protected void layoutChildren() {
        keepItemsWhole();
        super.layoutChildren();
    }

    private void keepItemsWhole() {
        int n = getItems().size();
        if (n < 2) {
            return;
        }
        boolean horizontal = getOrientation() == Orientation.HORIZONTAL;
        double length = horizontal ? getWidth() - snappedLeftInset() - snappedRightInset()
                : getHeight() - snappedTopInset() - snappedBottomInset();
        double dividers = lookupAll(".split-pane-divider").stream().filter(d -> d.getParent() == this)
                .mapToDouble(d -> horizontal ? d.prefWidth(-1) : d.prefHeight(-1)).sum();
        double divider = dividers / (n - 1);
        double[] least = new double[n];
        double total = dividers;
        for (int i = 0; i < n; i++) {
            Node item = getItems().get(i);
            least[i] = horizontal ? item.minWidth(-1) : item.minHeight(getWidth());
            total += least[i];
        }
        if (length <= 0 || total > length) {
            return;
        }
        double[] positions = getDividerPositions();
        double before = 0;
        for (int k = 0; k < n - 1; k++) {
            before += least[k] + (k == 0 ? divider / 2 : divider);
            double after = divider / 2;
            for (int j = k + 1; j < n; j++) {
                after += least[j] + (j == n - 1 ? 0 : divider);
            }
            double lowest = (k == 0 ? before : Math.max(before, positions[k - 1] * length + least[k] + divider)) / length;
            double highest = 1 - after / length;
            double kept = Math.min(Math.max(positions[k], lowest), highest);
            if (Math.abs(kept - positions[k]) > 1e-9) {
                setDividerPosition(k, kept);
                positions[k] = kept;
            }
        }
    }
}
