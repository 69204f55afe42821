package org.activationlab.plot;

import java.util.List;
import java.util.Objects;

/**
 * A whole picture as immutable data: a title, one or more panels stacked top to bottom that
 * share one x axis, and a caption under everything. The {@link FigureRenderer} draws it on any
 * {@code Graphics2D}, so the screen and every export show the same figure.
 *
 * @param title drawn above the panels, or {@link Text#NONE}
 * @param xAxis the shared horizontal axis (its tick labels and title are drawn under the last panel)
 * @param panels at least one, top to bottom
 * @param caption plain text under the figure, wrapped to its width; empty for none
 */
public record Figure(Text title, Axis xAxis, List<Panel> panels, String caption) {

    public Figure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        panels = List.copyOf(panels);
        Objects.requireNonNull(caption, "caption");
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        if (xAxis.scale() != Scale.LINEAR && panels.stream().anyMatch(p -> p.items().stream()
                .anyMatch(HeatMap.class::isInstance))) {
            throw new IllegalArgumentException("a heat map needs a linear x axis");
        }
    }

    /** A figure with one panel, no title and no caption. */
    public static Figure of(Axis xAxis, Panel panel) {
        return new Figure(Text.NONE, xAxis, List.of(panel), "");
    }

    /** The same figure with another title. */
    public Figure withTitle(Text newTitle) {
        return new Figure(newTitle, xAxis, panels, caption);
    }

    /** The same figure with another caption. */
    public Figure withCaption(String newCaption) {
        return new Figure(title, xAxis, panels, newCaption);
    }

    /** The same figure with the x axis over another range (zoom and pan). */
    public Figure withXRange(double min, double max) {
        return new Figure(title, xAxis.withRange(min, max), panels, caption);
    }
}
