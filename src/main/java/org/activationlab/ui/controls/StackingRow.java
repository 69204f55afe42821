package org.activationlab.ui.controls;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;

/**
 * Nodes (figures) side by side, sharing the width and the height evenly, as an {@code HBox} whose
 * children all grow; where an even share of the width is less than a node's least width (a large
 * View &gt; Scale, the lessons open), one under the other, each as wide as the row, sharing the
 * height but each at least as high as it must be. Its least width is then its widest node's, so
 * the tab around it scrolls vertically rather than sideways. The gap between two nodes is the CSS
 * property {@code -fx-spacing}.
 */
public final class StackingRow extends SpacedRegion {
    public StackingRow(Node... nodes) {
        getChildren().setAll(nodes);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Whether the nodes fit side by side in {@code contentWidth}, each getting an even share. */
    private boolean sideBySide(double contentWidth) {
        List<Node> nodes = getManagedChildren();
        double share = (contentWidth - gaps(nodes)) / Math.max(1, nodes.size());
        return nodes.stream().allMatch(n -> n.minWidth(-1) <= share);
    }

    private double gaps(List<Node> nodes) {
        return Math.max(0, nodes.size() - 1) * spacing();
    }

    /** The width inside the insets for the width {@code width} asked about, or its own width when none is given. */
    private double contentWidth(double width) {
        double w = width >= 0 && width < Double.MAX_VALUE ? width : getWidth();
        return w - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + getManagedChildren().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0)
                + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> nodes = getManagedChildren();
        return snappedLeftInset() + nodes.stream().mapToDouble(n -> n.prefWidth(-1)).sum() + gaps(nodes)
                + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return height(width, true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return height(width, false);
    }

    /** The least or preferred height at {@code width}: the highest node's side by side, their sum stacked. */
    private double height(double width, boolean least) {
        List<Node> nodes = getManagedChildren();
        double content = contentWidth(width);
        double inner;
        if (content <= 0 || sideBySide(content)) {
            double share = content <= 0 ? -1 : (content - gaps(nodes)) / Math.max(1, nodes.size());
            inner = nodes.stream().mapToDouble(n -> least ? n.minHeight(share) : n.prefHeight(share)).max().orElse(0);
        } else {
            inner = nodes.stream().mapToDouble(n -> least ? n.minHeight(content) : n.prefHeight(content)).sum()
                    + gaps(nodes);
        }
        return snappedTopInset() + inner + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        List<Node> nodes = getManagedChildren();
        if (nodes.isEmpty()) {
            return;
        }
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double content = getWidth() - x - snappedRightInset();
        double height = getHeight() - y - snappedBottomInset();
        if (sideBySide(content)) {
            double share = (content - gaps(nodes)) / nodes.size();
            for (Node n : nodes) {
                n.resizeRelocate(snapPositionX(x), y, snapSizeX(share), height);
                x += share + spacing();
            }
        } else {
            double share = (height - gaps(nodes)) / nodes.size();
            for (Node n : nodes) {
                double h = Math.max(share, n.minHeight(content));
                n.resizeRelocate(x, snapPositionY(y), content, snapSizeY(h));
                y += h + spacing();
            }
        }
    }
}
