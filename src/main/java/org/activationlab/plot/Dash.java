package org.activationlab.plot;

/** The dash pattern of a line, in multiples of its width so that it scales with it. */
public enum Dash {
    SOLID(),
    DASHED(4, 2.5f),
    DOTTED(1, 1.8f),
    DASH_DOT(4, 2, 1, 2);

    private final float[] pattern;

    Dash(float... pattern) {
        this.pattern = pattern;
    }

    /** The on/off lengths for a line of {@code width}, or {@code null} for a solid line. */
    public float[] pattern(float width) {
        if (pattern.length == 0) {
            return null;
        }
        float unit = Math.max(width, 1f);
        float[] p = new float[pattern.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = pattern[i] * unit;
        }
        return p;
    }
}
