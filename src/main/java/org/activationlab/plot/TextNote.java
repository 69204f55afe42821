package org.activationlab.plot;

import java.util.Objects;

/**
 * A text annotation or a typeset formula inside the plot area.
 *
 * @param x the x of the anchor: data units, or a fraction of the plot width from the left
 * @param y the y of the anchor: data units, or a fraction of the plot height from the bottom
 * @param placement whether x and y are data coordinates or fractions of the plot area
 * @param anchor which point of the text's box sits at (x, y)
 * @param text plain text or LaTeX
 * @param ink its colour
 * @param boxed whether to draw it on a box in the legend's background colour
 */
public record TextNote(double x, double y, Placement placement, Anchor anchor, Text text, Ink ink, boolean boxed)
        implements PlotItem {

    /** What a note's coordinates mean. */
    public enum Placement {
        /** Data coordinates of the panel's axes. */
        DATA,
        /** Fractions of the plot area: (0, 0) bottom left, (1, 1) top right. */
        FRACTION
    }

    public TextNote {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ink, "ink");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("note needs a finite position, got (" + x + ", " + y + ")");
        }
    }

    /** A boxed formula at a fraction of the plot area, e.g. (0.02, 0.98) with {@link Anchor#TOP_LEFT}. */
    public static TextNote formulaBox(double fx, double fy, Anchor anchor, String latex) {
        return new TextNote(fx, fy, Placement.FRACTION, anchor, Text.latex(latex), Ink.Role.FOREGROUND, true);
    }
}
