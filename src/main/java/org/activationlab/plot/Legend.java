package org.activationlab.plot;

import java.util.List;
import java.util.Objects;

/**
 * The legend of a panel: its entries, drawn in a box at a corner of the plot area.
 *
 * @param entries the rows, top to bottom
 * @param position which corner, or {@link Position#AUTO} for the corner covering the fewest data points
 */
public record Legend(List<LegendEntry> entries, Position position) {

    /** Where a legend sits inside the plot area. */
    public enum Position {
        AUTO, TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT
    }

    /** No legend. */
    public static final Legend NONE = new Legend(List.of(), Position.AUTO);

    public Legend {
        entries = List.copyOf(entries);
        Objects.requireNonNull(position, "position");
    }

    /** A legend placed where it hides the fewest data points. */
    public static Legend auto(List<LegendEntry> entries) {
        return new Legend(entries, Position.AUTO);
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
