package org.activationlab.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

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
    }

    @Override
    public void requestFocus() {
        // never focused: see the class comment
    }
}
