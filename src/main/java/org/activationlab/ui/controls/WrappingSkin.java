package org.activationlab.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.SkinBase;

/**
 * A skin whose one content node holds text that wraps (captions, refusal messages): its height
 * is asked for at the width it gets, so a narrow sidebar shows a long message on several lines
 * instead of cutting it off. The control must report a horizontal content bias.
 */
abstract class WrappingSkin<C extends Control> extends SkinBase<C> {

    WrappingSkin(C control) {
        super(control);
    }

    /** Makes {@code content} the skin's one child. */
    final void setContent(Node content) {
        getChildren().setAll(content);
    }

    @Override
    protected double computePrefHeight(double width, double topInset, double rightInset, double bottomInset,
                                       double leftInset) {
        if (getChildren().isEmpty()) {
            return topInset + bottomInset;
        }
        double inner = width < 0 ? -1 : Math.max(0, width - leftInset - rightInset);
        return topInset + getChildren().get(0).prefHeight(inner) + bottomInset;
    }

    @Override
    protected double computeMinHeight(double width, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        return computePrefHeight(width, topInset, rightInset, bottomInset, leftInset);
    }
}
