package org.activationlab.ui.studies;

import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.activationlab.ui.Styles;
import org.activationlab.ui.controls.WholeItemsSplitPane;
import org.activationlab.ui.controls.WholeWords;

/**
 * The scrolling panel of controls beside a study's figures (Neuron, Depth, Gates): as wide as
 * the user drags it, never narrower than its widest choice box needs to show its value whole
 * ({@link WholeItemsSplitPane} widens it when a longer value is chosen; the list a box opens may
 * be wider), nor than its widest radio button, button or the widest word of a wrapped label (with a
 * slider's value beside it), and
 * {@value #WANTED_WIDTH_EM} em wide at least while the split pane it sits in has that room beside
 * its other items' least widths (unless that split pane stacks it, see {@link #computeMinWidth});
 * where it has not (a large View &gt; Scale, the lessons open) it
 * gives way down to {@value #LEAST_WIDTH_EM} em, room for a label's longest words and a slider,
 * and its split pane stacks it over the figures (or the tab scrolls, see {@code TabScroll}) where
 * even that does not fit. Its content fits its width (labels wrap, see the style class
 * {@value #STYLE_CLASS}) and scrolls vertically; stacked, it is as high as its content.
 */
public final class StudySide extends ScrollPane implements WholeItemsSplitPane.StackedItem {
    /** The style class of the panel. */
    public static final String STYLE_CLASS = "study-side";
    /** The width wanted where there is room, in multiples of the font size. */
    private static final double WANTED_WIDTH_EM = 16;
    /** The least width, in multiples of the font size. */
    private static final double LEAST_WIDTH_EM = 9;
    /** Room for the vertical scroll bar, in multiples of the font size. */
    private static final double SCROLL_BAR_EM = 1.2;

    /** A side panel showing {@code controls}. */
    public StudySide(Node controls) {
        super(controls);
        setFitToWidth(true);
        getStyleClass().add(STYLE_CLASS);
    }

    /**
     * The least width it gives way to: room for its widest choice box's value, radio button,
     * button and unbreakable word, and at least {@value #LEAST_WIDTH_EM} em.
     */
    @Override
    public double leastWidth() {
        double em = em();
        double widest = getContent() == null ? 0 : Stream.of(
                getContent().lookupAll(".combo-box-base").stream().filter(ComboBoxBase.class::isInstance)
                        .mapToDouble(n -> valueWidth((ComboBoxBase<?>) n)),
                getContent().lookupAll(".radio-button").stream().mapToDouble(n -> ((Region) n).prefWidth(-1)),
                getContent().lookupAll(".button").stream().filter(Button.class::isInstance)
                        .mapToDouble(n -> ((Region) n).prefWidth(-1)),
                getContent().lookupAll(".label").stream().filter(Label.class::isInstance)
                        .mapToDouble(n -> wordWidth((Label) n)))
                .flatMapToDouble(d -> d).max().orElse(0);
        double contentInsets = getContent() instanceof Region r ? r.snappedLeftInset() + r.snappedRightInset() : 0;
        return Math.max(LEAST_WIDTH_EM * em, widest + contentInsets + SCROLL_BAR_EM * em) + snappedLeftInset()
                + snappedRightInset();
    }

    /**
     * In a split pane that stacks it over the figures where they do not fit side by side, only what
     * it needs (its share of the split gives it more; a least width that grew with the room left
     * the split pane's layout a few pixels short of it as the room changed).
     */
    @Override
    protected double computeMinWidth(double height) {
        if (splitPane().orElse(null) instanceof WholeItemsSplitPane split && split.isStacking()) {
            return leastWidth();
        }
        return Math.max(leastWidth(), Math.min(WANTED_WIDTH_EM * em() + snappedLeftInset() + snappedRightInset(),
                roomInSplitPane()));
    }

    /** The font size its labels have, for sizes in ems. */
    private double em() {
        return getContent() != null && getContent().lookup(".label") instanceof Labeled label
                ? label.getFont().getSize() : Styles.BASE_FONT_SIZE;
    }

    /**
     * The width {@code box} needs to show its value whole: its shown cell's and its arrow's (the
     * list it opens may be wider); the width it prefers until its skin is made.
     */
    private static double valueWidth(ComboBoxBase<?> box) {
        Optional<Region> cell = skinChild(box, "list-cell");
        Optional<Region> arrow = skinChild(box, "arrow-button");
        if (cell.isEmpty() || arrow.isEmpty()) {
            return box.prefWidth(-1);
        }
        return box.snappedLeftInset() + cell.get().prefWidth(-1) + arrow.get().prefWidth(-1) + box.snappedRightInset();
    }

    /** The child of {@code box}'s skin with {@code styleClass} (the list of a box's popup has cells too). */
    private static Optional<Region> skinChild(ComboBoxBase<?> box, String styleClass) {
        return box.getChildrenUnmodifiable().stream().filter(n -> n instanceof Region && n.getStyleClass()
                .contains(styleClass)).map(Region.class::cast).findFirst();
    }

    /**
     * The width {@code label} needs to break no word when it wraps, with what lies beside it in a
     * row (a slider's value beside its name).
     */
    private static double wordWidth(Label label) {
        if (!(label.getParent() instanceof HBox row)) {
            return unbroken(label);
        }
        java.util.List<Node> managed = row.getChildren().stream().filter(Node::isManaged).toList();
        return row.snappedLeftInset() + managed.stream().mapToDouble(StudySide::unbroken).sum()
                + row.getSpacing() * Math.max(0, managed.size() - 1) + row.snappedRightInset();
    }

    /**
     * The width {@code node} needs: a label's widest word (the panel's labels wrap) or its least
     * width if that is more (a slider's value keeps room for longer values), another node's preferred width.
     */
    private static double unbroken(Node node) {
        if (node instanceof Label l) {
            return Math.max(l.minWidth(-1), l.snappedLeftInset() + WholeWords.widest(l.getText() == null ? ""
                    : l.getText(), l.getFont()) + l.snappedRightInset());
        }
        return node.prefWidth(-1);
    }

    /**
     * Where its split pane {@linkplain WholeItemsSplitPane#isStacked() stacks} it over the figures,
     * as high as its controls are at its width: the tab scrolls, not the panel.
     */
    @Override
    protected double computeMinHeight(double width) {
        if (splitPane().orElse(null) instanceof WholeItemsSplitPane split && split.isStacked()) {
            return stackedMinHeight(width >= 0 && width < Double.MAX_VALUE ? width : getWidth());
        }
        return super.computeMinHeight(width);
    }

    @Override
    public double stackedMinHeight(double width) {
        if (getContent() == null) {
            return super.computeMinHeight(width);
        }
        double inner = width <= 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + getContent().prefHeight(inner) + snappedBottomInset();
    }

    /** The split pane this panel is an item of, if it is one's. */
    private Optional<SplitPane> splitPane() {
        Parent p = getParent();
        while (p != null && !(p instanceof SplitPane)) {
            p = p.getParent();
        }
        return p instanceof SplitPane split && split.getItems().contains(this) ? Optional.of(split) : Optional.empty();
    }

    /**
     * The width the split pane holding this panel has for it beside its other items' least widths
     * and its dividers, or infinity while it is not in a laid-out horizontal split pane.
     */
    private double roomInSplitPane() {
        SplitPane split = splitPane().orElse(null);
        if (split == null || split.getWidth() <= 0 || split.getOrientation() != Orientation.HORIZONTAL) {
            return Double.POSITIVE_INFINITY;
        }
        double others = split.getItems().stream().filter(n -> n != this && n instanceof Region)
                .mapToDouble(n -> ((Region) n).minWidth(-1)).sum();
        double dividers = split.lookupAll(".split-pane-divider").stream().filter(d -> d.getParent() == split)
                .mapToDouble(d -> d.prefWidth(-1)).sum();
        return split.getWidth() - split.snappedLeftInset() - split.snappedRightInset() - others - dividers;
    }
}
