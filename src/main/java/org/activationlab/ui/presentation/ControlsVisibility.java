package org.activationlab.ui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The secondary controls of one view, hidden and shown together. A node in an ordinary pane is
 * hidden by making it invisible and unmanaged (its space closes up); an item of a
 * {@link SplitPane}, which ignores both, is taken out of the pane and put back where it was,
 * with the dividers where they were.
 */
public final class ControlsVisibility implements Presentable {
    /** Added to every node this hides, for stylesheets and tests. */
    public static final String SECONDARY = "secondary-control";

    private final List<Node> nodes = new ArrayList<>();
    private final List<SplitItem> splitItems = new ArrayList<>();
    private boolean hidden;

    /** A split pane item that leaves its pane while hidden. */
    private static final class SplitItem {
        final SplitPane pane;
        final Node item;
        double[] dividers;
        int index;

        SplitItem(SplitPane pane, Node item) {
            this.pane = pane;
            this.item = item;
        }
    }

    /** Adds {@code secondary} to the nodes hidden together (none may have a bound visible or managed property). */
    public ControlsVisibility add(Node... secondary) {
        for (Node n : secondary) {
            nodes.add(Objects.requireNonNull(n, "node"));
            n.getStyleClass().add(SECONDARY);
        }
        return this;
    }

    /** Adds {@code item} of {@code pane} to the nodes hidden together. */
    public ControlsVisibility addSplitItem(SplitPane pane, Node item) {
        if (!pane.getItems().contains(item)) {
            throw new IllegalArgumentException("the node is not an item of the split pane");
        }
        splitItems.add(new SplitItem(pane, item));
        item.getStyleClass().add(SECONDARY);
        return this;
    }

    /** Whether the controls are hidden now. */
    public boolean isHidden() {
        return hidden;
    }

    @Override
    public void setControlsHidden(boolean hide) {
        if (hide == hidden) {
            return;
        }
        hidden = hide;
        for (Node n : nodes) {
            n.setVisible(!hide);
            n.setManaged(!hide);
        }
        if (hide) {
            splitItems.forEach(ControlsVisibility::takeOut);
        } else {
            for (int i = splitItems.size() - 1; i >= 0; i--) {
                putBack(splitItems.get(i));
            }
        }
    }

    private static void takeOut(SplitItem s) {
        s.dividers = s.pane.getDividerPositions();
        s.index = s.pane.getItems().indexOf(s.item);
        s.pane.getItems().remove(s.item);
    }

    private static void putBack(SplitItem s) {
        s.pane.getItems().add(Math.min(s.index, s.pane.getItems().size()), s.item);
        s.pane.setDividerPositions(s.dividers);
    }
}
