package org.activationlab.ui.studies;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.activationlab.ui.Styles;

/**
 * The scrolling panel of controls beside a study's figures (Neuron, Depth, Gates): as wide as
 * the user drags it, but never narrower than its widest choice box needs to show its value
 * whole (nor than {@value #LEAST_WIDTH_EM} em), so that split panes shrink the figures instead;
 * its content fits its width (labels wrap, see the style class {@value #STYLE_CLASS}) and
 * scrolls vertically.
 */
public final class StudySide extends ScrollPane {
    /** The style class of the panel. */
    public static final String STYLE_CLASS = "study-side";
    /** The least width, in multiples of the font size. */
    private static final double LEAST_WIDTH_EM = 16;
    /** Room for the vertical scroll bar, in multiples of the font size. */
    private static final double SCROLL_BAR_EM = 1.2;

    /** A side panel showing {@code controls}. */
    public StudySide(Node controls) {
        super(controls);
        setFitToWidth(true);
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected double computeMinWidth(double height) {
        double em = getContent() != null && getContent().lookup(".label") instanceof Labeled label
                ? label.getFont().getSize() : Styles.BASE_FONT_SIZE;
        double widest = getContent() == null ? 0 : getContent().lookupAll(".combo-box-base").stream()
                .filter(ComboBoxBase.class::isInstance).mapToDouble(n -> ((Region) n).prefWidth(-1)).max().orElse(0);
        double contentInsets = getContent() instanceof Region r ? r.snappedLeftInset() + r.snappedRightInset() : 0;
        return Math.max(LEAST_WIDTH_EM * em, widest + contentInsets + SCROLL_BAR_EM * em)
                + snappedLeftInset() + snappedRightInset();
    }
}
