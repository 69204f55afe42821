package org.activationlab.plot;

import java.util.List;
import java.util.Optional;

/**
 * Where everything landed when a figure was drawn at a size.
 *
 * @param width the width drawn into
 * @param height the height drawn into
 * @param panels one layout per panel, top to bottom
 */
public record FigureLayout(double width, double height, List<PanelLayout> panels) {

    public FigureLayout {
        panels = List.copyOf(panels);
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
