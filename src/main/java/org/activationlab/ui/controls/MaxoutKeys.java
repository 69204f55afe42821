package org.activationlab.ui.controls;

/** The parameter keys of the catalogue's Maxout: {@code k}, then {@code w1}, {@code b1}, ..., {@code wk}, {@code bk}. */
public final class MaxoutKeys {
    /** The catalogue name of Maxout. */
    public static final String FUNCTION = "maxout";
    /** The parameter holding the number of pieces. */
    public static final String PIECES = "k";

    private MaxoutKeys() {
    }

    /** The key of the slope of piece {@code i} (1-based): {@code w1}, {@code w2}, ... */
    public static String slope(int i) {
        return "w" + i;
    }

    /** The key of the intercept of piece {@code i} (1-based): {@code b1}, {@code b2}, ... */
    public static String intercept(int i) {
        return "b" + i;
    }
}
