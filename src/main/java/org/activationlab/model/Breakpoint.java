package org.activationlab.model;

/**
 * A point where an activation's formula changes and some derivative jumps.
 *
 * @param x where
 * @param kind which derivative jumps there
 */
record Breakpoint(double x, Kind kind) {

    /** The lowest-order derivative that is discontinuous at the point. */
    enum Kind {
        /** f itself jumps (the step function at 0). */
        JUMP,
        /** f is continuous but f' jumps: a kink (ReLU at 0). */
        KINK,
        /** f and f' are continuous, f'' jumps (ELU with alpha = 1 at 0). */
        JOIN
    }

    /** Whether f is not differentiable here (a jump or a kink). */
    boolean nonDifferentiable() {
        return kind != Kind.JOIN;
    }
}
