package org.activationlab.model;

import java.util.function.DoubleUnaryOperator;

/**
 * A point where a function jumps: its limits from either side and the value it takes at the
 * point, e.g. relu' at 0 has left limit 0, right limit 1 and takes 0 (PyTorch's choice).
 *
 * @param x where
 * @param left the limit from below
 * @param right the limit from above
 * @param at the value at x itself
 */
public record Jump(double x, double left, double right, double at) {

    /** The jump of {@code op} applied to the function, e.g. |f'|^n from f' (limits map with it). */
    public Jump map(DoubleUnaryOperator op) {
        return new Jump(x, op.applyAsDouble(left), op.applyAsDouble(right), op.applyAsDouble(at));
    }

    /** Whether the two limits differ (a map such as |f'| can join them). */
    public boolean jumps() {
        return left != right;
    }
}
