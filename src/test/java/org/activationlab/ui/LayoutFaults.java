package org.activationlab.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.activationlab.plot.FigureLayout;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.TextBox;

/**
 * Finds what a user could not read in a window: a label, button, cell or table header whose text
 * is elided (its skin shows other text than {@link Labeled#getText()}, e.g. "Standard deviat..."),
 * a tab header cut at the edge of its row, and figure text that leaves its frame or lies on other text. Figures are drawn again, at the
 * size and with the options of their canvas, by the one renderer the screen and exports use; it
 * reports where each text landed ({@link FigureLayout#texts()}).
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
