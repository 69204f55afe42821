package org.activationlab.plot;

import java.util.Objects;

/**
 * One row of a legend: a swatch, a label and optionally a typeset formula after it.
 *
 * @param label the name, e.g. "Leaky ReLU (slope = 0.1)"
 * @param formula a LaTeX formula shown after the label, or {@link Text#NONE}
 * @param line the line sample's style, or {@code null} for a region swatch
 * @param fill the region swatch's fill, or {@code null} for a line sample
 * @param fillInk the region swatch's colour, or {@code null} for a line sample
 */
public record LegendEntry(Text label, Text formula, LineStyle line, XRegion.Fill fill, Ink fillInk) {

    public LegendEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(formula, "formula");
        if ((line == null) == (fill == null) || (fill == null) != (fillInk == null)) {
            throw new IllegalArgumentException("a legend entry has either a line sample or a region swatch");
        }
    }

    /** An entry with a line sample. */
    public static LegendEntry line(Text label, LineStyle style) {
        return new LegendEntry(label, Text.NONE, style, null, null);
    }

    /** An entry with a shaded or hatched swatch. */
    public static LegendEntry region(Text label, XRegion.Fill fill, Ink ink) {
        return new LegendEntry(label, Text.NONE, null, fill, ink);
    }

    /** The same entry with a formula after the label. */
    public LegendEntry withFormula(Text newFormula) {
        return new LegendEntry(label, newFormula, line, fill, fillInk);
    }
}
