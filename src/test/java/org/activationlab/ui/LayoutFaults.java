package org.activationlab.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.activationlab.plot.FigureLayout;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.TextBox;
import org.activationlab.ui.controls.WholeWords;

/**
 * Finds what a user could not read in a window: a label, button, cell or table header whose text
 * is elided (its skin shows other text than {@link Labeled#getText()}, e.g. "Standard deviat..."),
 * a tab header cut at the edge of its row, and figure text that leaves its frame or lies on other text. Figures are drawn again, at the
 * size and with the options of their canvas, by the one renderer the screen and exports use; it
 * reports where each text landed ({@link FigureLayout#texts()}). Apart from these, {@link #cutOff}
 * finds controls and figures that the window or a container cuts off where no scroll bar reaches
 * them, and wrapped text that breaks inside a word.
 */
public final class LayoutFaults {
    /** How far, in pixels, text may overlap or stick out before it counts (rounding of glyph boxes). */
    private static final double TOLERANCE = 1.0;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private LayoutFaults() {
    }

    /** Every fault visible under {@code root}, one line each. */
    static List<String> of(Parent root) {
        List<String> faults = new ArrayList<>();
        visit(root, faults);
        return faults;
    }

    private static void visit(Node node, List<String> faults) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            elision(labeled).ifPresent(faults::add);
        }
        if (node instanceof TabPane pane) {
            faults.addAll(tabRowFaults(pane));
        }
        if (node instanceof FigureCanvas canvas) {
            faults.addAll(figureFaults(canvas));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, faults);
            }
        }
    }

    /** "elided" with the full and the shown text when the skin shows less than the text. */
    public static Optional<String> elision(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return shownText(labeled)
                .filter(shown -> !withoutMnemonic(shown, labeled).equals(withoutMnemonic(text, labeled)))
                .map(shown -> "elided " + labeled.getClass().getSimpleName() + " " + labeled.getStyleClass()
                        + ": \"" + text + "\" shows \"" + shown + "\"");
    }

    /** The text the skin displays (its LabeledText child), if it displays any. */
    private static Optional<String> shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.isVisible() && child.getClass().getSimpleName().equals("LabeledText")) {
                return Optional.ofNullable(t.getText());
            }
        }
        return Optional.empty();
    }

    private static String withoutMnemonic(String s, Labeled labeled) {
        return labeled.isMnemonicParsing() ? s.replace("_", "") : s;
    }

    /**
     * The tab headers of {@code pane} that its row shows cut (part of the header outside the
     * row's visible part, e.g. "Dep" of "Depth" beside JavaFX's overflow menu), and its selected
     * tab's header where that is not wholly visible. A row the pane hides shows no header.
     * Header names that are elided are found as any label's ({@link #elision}).
     */
    static List<String> tabRowFaults(TabPane pane) {
        Optional<Region> area = skinChild(pane, "tab-header-area");
        Optional<Region> region = area.flatMap(a -> skinChild(a, "headers-region"));
        if (region.isEmpty() || !area.get().isVisible() || area.get().getHeight() < 1) {
            return List.of();
        }
        Region headers = region.get();
        Bounds visible = headers.getClip() == null ? area.get().localToScene(area.get().getLayoutBounds())
                : headers.localToScene(headers.getClip().getBoundsInLocal());
        Bounds paneBounds = pane.localToScene(pane.getLayoutBounds());
        double left = Math.max(visible.getMinX(), paneBounds.getMinX());
        double right = Math.min(visible.getMaxX(), paneBounds.getMaxX());
        List<String> faults = new ArrayList<>();
        for (Node header : headers.getChildrenUnmodifiable()) {
            if (!header.isVisible() || !header.getStyleClass().contains("tab")) {
                continue;
            }
            Bounds b = header.localToScene(header.getLayoutBounds());
            String name = header.lookup(".tab-label") instanceof Labeled l ? l.getText() : "";
            boolean selected = header.getPseudoClassStates().contains(SELECTED);
            boolean hidden = b.getMaxX() <= left + TOLERANCE || b.getMinX() >= right - TOLERANCE;
            boolean whole = b.getMinX() >= left - TOLERANCE && b.getMaxX() <= right + TOLERANCE;
            if (!hidden && !whole) {
                faults.add(String.format(java.util.Locale.ROOT, "cut tab header: \"%s\" [%.0f..%.0f] shown in [%.0f..%.0f]",
                        name, b.getMinX(), b.getMaxX(), left, right));
            } else if (hidden && selected) {
                faults.add("the selected tab's header is hidden: \"" + name + "\"");
            }
        }
        return faults;
    }

    /** The child of {@code parent} (in its skin) with {@code styleClass}. */
    private static Optional<Region> skinChild(Parent parent, String styleClass) {
        return parent.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Region && n.getStyleClass().contains(styleClass))
                .map(Region.class::cast).findFirst();
    }

    /**
     * Every control and figure under {@code root} that the window or a container cuts off (a part
     * of it lies outside the scene, or outside the clip of an ancestor that is not the viewport of a
     * scroll pane whose scroll bar reaches that part), and every wrapped label or button whose text
     * breaks inside a word (a word, or a run of text with no break opportunity, wider than the
     * width it wraps at). The content of a control is looked into only where it is the app's
     * (scroll, split and tab panes and the like); a control that is cut off is reported, not its content.
     */
    static List<String> cutOff(Parent root) {
        List<String> faults = new ArrayList<>();
        visitCut(root, faults);
        return faults;
    }

    private static void visitCut(Node node, List<String> faults) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control || node instanceof FigureCanvas) {
            Optional<String> cut = cut(node);
            if (cut.isPresent()) {
                faults.add(cut.get());
                return;
            }
            if (node instanceof Labeled labeled) {
                brokenWord(labeled).ifPresent(faults::add);
            }
            if (node instanceof Control control && !holdsContent(control)) {
                return;
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (!(node instanceof TabPane) || child.getStyleClass().contains("tab-content-area")) {
                    visitCut(child, faults);
                }
            }
        }
    }

    /**
     * Whether the children of {@code control} are the app's content, to be checked too: the
     * containers among JavaFX's controls and the app's own controls. Others (lists, tables, combo
     * boxes, text fields) are checked as a whole; their insides scroll or clip by design.
     */
    private static boolean holdsContent(Control control) {
        return control instanceof ScrollPane || control instanceof SplitPane || control instanceof TabPane
                || control instanceof TitledPane || control instanceof Accordion || control instanceof ToolBar
                || control.getClass().getName().startsWith("org.activationlab.");
    }

    /** Where {@code node} is cut off: by the window, or by the clip of an ancestor. */
    private static Optional<String> cut(Node node) {
        Scene scene = node.getScene();
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (scene == null || b.getWidth() <= 0 || b.getHeight() <= 0) {
            return Optional.empty();
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() == null) {
                continue;
            }
            Bounds clip = p.localToScene(p.getClip().getBoundsInLocal());
            double left = clip.getMinX();
            double right = clip.getMaxX();
            double top = clip.getMinY();
            double bottom = clip.getMaxY();
            Optional<ScrollPane> scrolling = p.getParent() instanceof ScrollPane owner && p.getStyleClass().contains("viewport")
                    ? Optional.of(owner) : Optional.empty();
            if (scrolling.isPresent() && scrolling.get().getContent() != null) {
                ScrollPane sp = scrolling.get();
                Bounds content = sp.getContent().localToScene(sp.getContent().getLayoutBounds());
                if (scrollBarShown(sp, Orientation.HORIZONTAL)) {
                    left = Math.min(left, content.getMinX());
                    right = Math.max(right, content.getMaxX());
                }
                if (scrollBarShown(sp, Orientation.VERTICAL)) {
                    top = Math.min(top, content.getMinY());
                    bottom = Math.max(bottom, content.getMaxY());
                }
            }
            if (outside(b, left, top, right, bottom)) {
                return Optional.of("cut off by " + (scrolling.isPresent() ? "a scroll pane that cannot scroll there "
                        + name(scrolling.get()) : name(p)) + ": " + name(node) + " " + describe(b) + " shown in "
                        + describe(left, top, right, bottom));
            }
            if (scrolling.isPresent()) {
                // it can be scrolled into view: whether the scroll pane itself shows whole is its own check
                return Optional.empty();
            }
        }
        if (outside(b, 0, 0, scene.getWidth(), scene.getHeight())) {
            return Optional.of("cut off by the window: " + name(node) + " " + describe(b) + " shown in "
                    + describe(0, 0, scene.getWidth(), scene.getHeight()));
        }
        return Optional.empty();
    }

    private static boolean outside(Bounds b, double left, double top, double right, double bottom) {
        return b.getMinX() < left - TOLERANCE || b.getMaxX() > right + TOLERANCE || b.getMinY() < top - TOLERANCE
                || b.getMaxY() > bottom + TOLERANCE;
    }

    /** Whether {@code pane} shows its horizontal scroll bar: part of its content is reached by scrolling sideways. */
    static boolean scrollsSideways(ScrollPane pane) {
        return scrollBarShown(pane, Orientation.HORIZONTAL);
    }

    /** Whether {@code pane} shows its scroll bar of {@code orientation} (a skin child). */
    private static boolean scrollBarShown(ScrollPane pane, Orientation orientation) {
        return pane.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == orientation && bar.isVisible());
    }

    /**
     * "breaks inside a word" where {@code labeled} wraps its text at a width narrower than its
     * widest run of text that JavaFX keeps on one line ({@link WholeWords}: a word in English, a
     * character in Chinese).
     */
    static Optional<String> brokenWord(Labeled labeled) {
        String text = labeled.getText();
        if (!labeled.isWrapText() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.isVisible() && t.getWrappingWidth() > 0) {
                double widest = WholeWords.widest(text, t.getFont());
                if (widest > t.getWrappingWidth() + TOLERANCE) {
                    return Optional.of(String.format(java.util.Locale.ROOT,
                            "breaks inside a word: %s \"%s\" wraps at %.0f px, its widest word is %.0f px wide",
                            labeled.getClass().getSimpleName() + " " + labeled.getStyleClass(), text,
                            t.getWrappingWidth(), widest));
                }
            }
        }
        return Optional.empty();
    }

    /** A node as a fault names it: its class, id, style classes and text. */
    private static String name(Node node) {
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass() + text;
    }

    private static String describe(Bounds b) {
        return describe(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }

    private static String describe(double left, double top, double right, double bottom) {
        return String.format(java.util.Locale.ROOT, "[%.0f..%.0f x %.0f..%.0f]", left, right, top, bottom);
    }

    /** The figure texts of {@code canvas} that leave their frame or overlap another. */
    static List<String> figureFaults(FigureCanvas canvas) {
        if (canvas.getFigure() == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return List.of();
        }
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        FigureLayout layout;
        try {
            layout = FigureRenderer.render(canvas.getFigure(), g, canvas.getWidth(), canvas.getHeight(),
                    canvas.getRenderOptions());
        } finally {
            g.dispose();
        }
        return textFaults(layout.texts());
    }

    /** Texts that leave their frame, and pairs of texts that overlap. */
    static List<String> textFaults(List<TextBox> texts) {
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            TextBox a = texts.get(i);
            if (a.leavesFrame(TOLERANCE)) {
                faults.add("figure text leaves its frame: \"" + a.text() + "\" " + describe(a));
            }
            for (int j = i + 1; j < texts.size(); j++) {
                TextBox b = texts.get(j);
                if (a.overlaps(b, TOLERANCE)) {
                    faults.add("figure texts overlap: \"" + a.text() + "\" " + describe(a) + " and \"" + b.text() + "\" "
                            + describe(b));
                }
            }
        }
        return faults;
    }

    private static String describe(TextBox t) {
        java.awt.geom.Rectangle2D b = t.box();
        java.awt.geom.Rectangle2D f = t.frame();
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f] in [%.0f,%.0f %.0fx%.0f]", b.getX(), b.getY(),
                b.getWidth(), b.getHeight(), f.getX(), f.getY(), f.getWidth(), f.getHeight());
    }
}
