package org.activationlab.plot;

/** How the renderer draws plain text. Typeset formulas are always drawn as outlines. */
public enum TextMode {
    /**
     * Glyph outlines filled as shapes: looks the same on every target and needs no font on the
     * reader's side (self-contained SVG and PDF, the screen), but is not selectable text.
     */
    OUTLINES,
    /** {@code Graphics2D.drawString}: selectable, searchable text that uses the viewer's fonts. */
    NATIVE
}
