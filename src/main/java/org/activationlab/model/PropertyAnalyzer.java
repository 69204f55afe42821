package org.activationlab.model;

import java.util.List;

/**
 * Computes the properties an activation needs (source text, section 6) from the function itself,
 * for any parameter values: nothing is typed in per function.
 *
 * <p>How: the function is cut into smooth pieces at its breakpoints (the kinks it reports,
 * verified and told apart from jumps, and C1 joins); f and f' are sampled on a grid from 1e-300 to 1e300 on both sides;
 * the tails are read at |x| = 1e290 ... 1e300, or beyond the outermost breakpoint. Extremes
 * come from bisection on the sign of f', saturation boundaries from bisection on
 * |f'| = {@value #SATURATION_SLOPE}. The relative cost is measured, once per function and
 * parameter values.
 */
public final class PropertyAnalyzer {
    /** The slope below which a function counts as saturated. */
    public static final double SATURATION_SLOPE = Regions.SATURATION_SLOPE;
    /** f(0) and f'(0) - 1 within this count as zero for "near identity". */
    private static final double IDENTITY_TOLERANCE = 1e-12;
    private static final CostMeter COST = new CostMeter();

    private PropertyAnalyzer() {
    }

    /** The properties of {@code a} with its current parameter values. */
    public static ActivationProperties analyze(Activation a) {
        PieceStructure structure = PieceStructure.of(a);
        Samples samples = Samples.of(a, structure.breakpoints());
        TailBehaviour left = TailBehaviour.of(a, -1, structure.breakpoints());
        TailBehaviour right = TailBehaviour.of(a, 1, structure.breakpoints());
        ValueRange.Result range = ValueRange.of(a, structure, samples, left, right);
        double valueAtZero = a.value(0) + 0.0;
        double slopeAtZero = a.derivative(0) + 0.0;
        boolean nearIdentity = !structure.nonDifferentiableAt(0)
                && Math.abs(valueAtZero) <= IDENTITY_TOLERANCE
                && Math.abs(slopeAtZero - 1) <= IDENTITY_TOLERANCE;
        List<Interval> dead = Regions.dead(a, structure);
        List<Interval> saturation = Regions.saturation(a, structure, samples, left, right, dead);
        return new ActivationProperties(a, range.hull(), range.discreteValues(),
                MonotonicityFinder.of(a, structure, samples), valueAtZero, slopeAtZero, nearIdentity,
                GaussianMean.zeroMean(a), saturation, dead, structure.kinks(), structure.discontinuities(),
                structure.smoothness(),
                a.parameters().size(), COST.relativeCost(a));
    }
}
