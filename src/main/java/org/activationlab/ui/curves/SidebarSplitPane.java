package org.activationlab.ui.curves;

import javafx.scene.control.SplitPane;

/**
 * A sidebar beside the main content, with a divider between them: the sidebar starts as wide as
 * its content asks (which grows with View &gt; Scale, up to a share of the width), keeps its
 * width when the window is resized, and can be dragged narrower to give the plot more room.
 */
final class SidebarSplitPane extends SplitPane {
    /** The most of the width the sidebar takes at start. */
    private static final double MAX_SIDEBAR_SHARE = 0.4;

    private boolean placed;

    SidebarSplitPane(javafx.scene.Node sidebar, javafx.scene.Node content) {
        super(sidebar, content);
        SplitPane.setResizableWithParent(sidebar, false);
    }

    /** Sizes the sidebar to its content again at the next layout, e.g. after the text scale changed. */
    void fitSidebar() {
        placed = false;
        requestLayout();
    }

    /** The first layout in a showing window (styles applied, width known) places the divider. */
    @Override
    protected void layoutChildren() {
        if (!placed && getWidth() > 0 && getScene() != null && getScene().getWindow() != null
                && getScene().getWindow().isShowing()) {
            placed = true;
            setDividerPositions(Math.min(MAX_SIDEBAR_SHARE, getItems().get(0).prefWidth(-1) / getWidth()));
        }
        super.layoutChildren();
    }
}
