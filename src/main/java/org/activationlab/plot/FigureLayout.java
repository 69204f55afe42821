package org.activationlab.plot;

import java.util.List;
import java.util.Optional;

/**
 * Where everything landed when a figure was drawn at a size.
 *
 * @param width the width drawn into
 * @param height the height drawn into
 * @param panels one layout per panel, top to bottom
 * @param texts every piece of text drawn, in drawing order (empty when the figure was only laid
 *              out, not drawn: {@link FigureRenderer#layout})
 */
public record FigureLayout(double width, double height, List<PanelLayout> panels, List<TextBox> texts) {

    public FigureLayout {
        panels = List.copyOf(panels);
        texts = List.copyOf(texts);
    }

    /** Where the panels landed, with no text recorded. */
    public FigureLayout(double width, double height, List<PanelLayout> panels) {
        this(width, height, panels, List.of());
    }

    /** The same layout with {@code drawn} as the texts drawn. */
    FigureLayout withTexts(List<TextBox> drawn) {
        return new FigureLayout(width, height, panels, drawn);
    }

    /** The panel whose plot area contains the pixel (px, py). */
    public Optional<PanelLayout> panelAt(double px, double py) {
        return panels.stream().filter(p -> p.contains(px, py)).findFirst();
    }

    /** The layout of panel {@code index}. */
    public PanelLayout panel(int index) {
        return panels.get(index);
    }
}
