package org.activationlab.model;

/**
 * The monotonicity of an activation from the signs of f' on the sample grid and of the jumps
 * at its discontinuities; flat (dead) pieces turn "increasing" into "non-decreasing".
 */
final class MonotonicityFinder {
    private MonotonicityFinder() {
    }

    static Monotonicity of(Activation a, PieceStructure structure, Samples samples) {
        boolean rises = false;
        boolean falls = false;
        for (int i = 0; i < samples.size(); i++) {
            double slope = samples.derivative(i);
            rises |= slope > 0;
            falls |= slope < 0;
        }
        for (Breakpoint b : structure.breakpoints()) {
            if (b.kind() == Breakpoint.Kind.JUMP) {
                double jump = a.value(Math.nextUp(b.x())) - a.value(Math.nextDown(b.x()));
                rises |= jump > 0;
                falls |= jump < 0;
            }
        }
        boolean flat = structure.hasConstantPiece();
        if (rises && falls) {
            return Monotonicity.NOT_MONOTONIC;
        }
        if (rises) {
            return flat ? Monotonicity.NON_DECREASING : Monotonicity.INCREASING;
        }
        if (falls) {
            return flat ? Monotonicity.NON_INCREASING : Monotonicity.DECREASING;
        }
        return Monotonicity.CONSTANT;
    }
}
