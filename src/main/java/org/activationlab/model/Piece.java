package org.activationlab.model;

/**
 * An open interval between consecutive breakpoints (or a breakpoint and an infinite end) on
 * which the activation is given by one smooth formula.
 *
 * @param lower lower end (a breakpoint or -inf)
 * @param upper upper end (a breakpoint or +inf)
 * @param constant whether f' = 0 exactly on the whole piece (a dead piece)
 */
record Piece(double lower, double upper, boolean constant) {

    /** Whether x lies strictly inside the piece. */
    boolean contains(double x) {
        return x > lower && x < upper;
    }

    /** The piece as an open interval. */
    Interval interval() {
        return new Interval(lower, false, upper, false);
    }
}
