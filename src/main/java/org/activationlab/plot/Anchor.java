package org.activationlab.plot;

/** Which point of a text's box is placed at its position. */
public enum Anchor {
    TOP_LEFT(0, 0), TOP(0.5, 0), TOP_RIGHT(1, 0),
    LEFT(0, 0.5), CENTER(0.5, 0.5), RIGHT(1, 0.5),
    BOTTOM_LEFT(0, 1), BOTTOM(0.5, 1), BOTTOM_RIGHT(1, 1);

    private final double fx;
    private final double fy;

    Anchor(double fx, double fy) {
        this.fx = fx;
        this.fy = fy;
    }

    /** The anchor's x as a fraction of the box width from its left edge. */
    public double fractionX() {
        return fx;
    }

    /** The anchor's y as a fraction of the box height from its top edge. */
    public double fractionY() {
        return fy;
    }
}
