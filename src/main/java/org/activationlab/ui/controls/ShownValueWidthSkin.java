package org.activationlab.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * A combo box skin that asks for the width its shown value needs, no more and no less, where
 * JavaFX's own asks for the width of its widest item (its least width being 50 px, which cuts
 * the shown value short). In a narrow side panel a list of long names (the activation functions)
 * then makes the box, and the panel with it, no wider than the chosen name; the open list still
 * shows every name whole, as it sizes itself to its items.
 *
 * <p>Its least and preferred widths are its padding, its shown cell's preferred width and its
 * arrow button's, so that a layout never gives it less than the chosen name whole.
 */
public final class ShownValueWidthSkin<T> extends ComboBoxListViewSkin<T> {
    /** The style class of a combo box skin's arrow button. */
    private static final String ARROW_BUTTON = "arrow-button";

    /** The skin of {@code box}; install it with {@link ComboBox#setSkin}. */
    public ShownValueWidthSkin(ComboBox<T> box) {
        super(box);
    }

    /** Makes {@code box} as wide as its shown value (this skin), and returns it. */
    public static <T> ComboBox<T> install(ComboBox<T> box) {
        box.setSkin(new ShownValueWidthSkin<>(box));
        return box;
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        // each part snapped as the layout snaps it, so that the shown cell gets its whole width
        double shown = 0;
        for (Node child : getChildren()) {
            if (child.isManaged() && child instanceof ListCell<?> cell) {
                shown += snapSizeX(cell.prefWidth(height));
            } else if (child.getStyleClass().contains(ARROW_BUTTON)) {
                shown += snapSizeX(child.prefWidth(-1));
            }
        }
        return leftInset + shown + rightInset;
    }

    @Override
    protected double computeMinWidth(double height, double topInset, double rightInset, double bottomInset,
                                     double leftInset) {
        return computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
    }
}
