package org.activationlab.ui.export;

/** The size of an exported PNG: the on-screen size times 1, 2 or 4, or a size typed in pixels. */
public enum PngSize {
    /** As many pixels as on screen. */
    X1(1),
    /** Twice as many pixels each way: sharp on HiDPI screens and in slides. */
    X2(2),
    /** Four times as many each way: for print. */
    X4(4),
    /** A width and height typed in pixels; the figure is laid out afresh at that size. */
    CUSTOM(1);

    private final int factor;

    PngSize(int factor) {
        this.factor = factor;
    }

    /** Pixels per on-screen pixel (1 for {@link #CUSTOM}). */
    public int factor() {
        return factor;
    }
}
