package org.activationlab.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The scroll pane around a tab's content: while the content's least size fits the tab, the
 * content fills the tab exactly and no scroll bar shows; where it does not (a large View &gt; Scale
 * beside the lessons panel), the content keeps its least width or height and scrolls, so that no
 * control or figure is cut off out of reach. A scroll pane with both fit properties set does just
 * that ({@code ScrollPaneSkin} bounds the content's size by its minimum and shows a scroll bar
 * only when the minimum exceeds the viewport).
 *
 * <p>It never takes the keyboard focus: a click on the content would otherwise focus the scroll
 * pane (its behaviour asks for the focus on a mouse press), taking the focus from the tab's
 * controls and turning the arrow keys and Space into scrolling.
 *
 * <p>It shows the content's top-left corner until the user scrolls it (a wheel or touch scroll, a
 * press on its scroll bars, a key that moves the focus): the keyboard focus the window gives a
 * control when it opens, or a tab being shown at a new View &gt; Scale, scrolled the Neuron tab away
 * from its corner at 250 % (a scroll pane scrolls a control that gets the focus by traversal into view).
 *
 * <p>Its viewport does not cache its content as a bitmap, as a scroll pane's skin has it do: a
 * tab's figures change with every slider step, so the cache is drawn again anyway, and each of the
 * seven tabs kept a bitmap the size of its content (measured in the test run, whose full-window
 * tests ran out of memory with them).
 */
public final class TabScroll extends ScrollPane {
    /** The style class of the scroll pane. */
    public static final String STYLE_CLASS = "tab-scroll";
    /** The style class of the scroll pane skin's viewport. */
    private static final String VIEWPORT = ".viewport";

    /** Whether the user has scrolled this pane: until then it shows its content's top-left corner. */
    private boolean scrolledByUser;

    /** A scroll pane around {@code content}. */
    public TabScroll(Node content) {
        super(content);
        setFitToWidth(true);
        setFitToHeight(true);
        getStyleClass().add(STYLE_CLASS);
        skinProperty().addListener((obs, old, skin) -> {
            Node viewport = skin == null ? null : lookup(VIEWPORT);
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        addEventFilter(ScrollEvent.ANY, e -> scrolledByUser = true);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> scrolledByUser = true);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node target && onOwnScrollBar(target)) {
                scrolledByUser = true;
            }
        });
        hvalueProperty().addListener((obs, old, value) -> keepCorner());
        vvalueProperty().addListener((obs, old, value) -> keepCorner());
    }

    /** Whether the user has scrolled this pane since it was made. */
    public boolean isScrolledByUser() {
        return scrolledByUser;
    }

    private void keepCorner() {
        if (!scrolledByUser) {
            setHvalue(getHmin());
            setVvalue(getVmin());
        }
    }

    /** Whether {@code node} is (inside) one of this pane's own scroll bars, not those of a scroll pane in its content. */
    private boolean onOwnScrollBar(Node node) {
        for (Node n = node; n != null && n != this; n = n.getParent()) {
            if (n instanceof ScrollBar && n.getParent() == this) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void requestFocus() {
        // never focused: see the class comment
    }
}
