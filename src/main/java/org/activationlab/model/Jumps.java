package org.activationlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Where an activation or its derivative jumps, so that a figure can draw the pieces apart
 * instead of joining them with a vertical segment.
 *
 * <p>Only the points the function reports as {@link Activation#kinks()} are examined, classified
 * as the properties analysis does (a jump of f, or a kink where f' jumps); nothing is searched
 * for. The limits are the function's values at the neighbouring doubles {@code Math.nextDown(x)}
 * and {@code Math.nextUp(x)}, exact for the piecewise formulas these points come from.
 */
public final class Jumps {
    private Jumps() {
    }

    /** The points where f jumps (step at 0), in increasing order. */
    public static List<Jump> inValue(Activation a) {
        List<Jump> result = new ArrayList<>();
        for (Breakpoint b : BreakpointFinder.find(a)) {
            if (b.kind() == Breakpoint.Kind.JUMP) {
                result.add(jump(a::value, b.x()));
            }
        }
        return result;
    }

    /** The points where f' jumps (relu' at 0, hard_tanh' at -1 and 1), in increasing order. */
    public static List<Jump> inDerivative(Activation a) {
        List<Jump> result = new ArrayList<>();
        for (Breakpoint b : BreakpointFinder.find(a)) {
            boolean jumps = b.kind() == Breakpoint.Kind.KINK
                    || b.kind() == Breakpoint.Kind.JUMP && BreakpointFinder.derivativeJumps(a, b.x());
            if (jumps) {
                result.add(jump(a::derivative, b.x()));
            }
        }
        return result;
    }

    private static Jump jump(DoubleUnaryOperator g, double x) {
        return new Jump(x, g.applyAsDouble(Math.nextDown(x)), g.applyAsDouble(Math.nextUp(x)), g.applyAsDouble(x));
    }
}
