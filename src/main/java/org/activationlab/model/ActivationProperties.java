package org.activationlab.model;

import java.util.List;

/**
 * The properties an activation needs (source text, section 6), computed from the function
 * with its current parameters, never typed in.
 *
 * @param activation the function analysed
 * @param range the smallest interval holding every value of f, with an end closed when some x
 *     attains it, e.g. {@code (0, 1)} for sigmoid, {@code [0, inf)} for ReLU, {@code [0, 1]} for the step
 * @param discreteValues when f takes finitely many values (piecewise constant, like the step):
 *     those values in increasing order, e.g. {@code [0, 1]}, printed as the set {@code {0, 1}};
 *     empty otherwise
 * @param monotonicity the sign behaviour of f'
 * @param valueAtZero f(0)
 * @param slopeAtZero f'(0) (PyTorch's one-sided choice at a kink)
 * @param nearIdentity f(0) = 0 and f'(0) = 1 (section 6, property 7)
 * @param zeroCentred the mean output for standard-normal inputs is zero, E[f(Z)] = 0 (tanh, sin,
 *     SELU by construction; not sigmoid or ReLU)
 * @param saturation the tails and plateaus where |f'(x)| &lt; 1e-3 (vanishing gradient), e.g.
 *     {@code (-inf, -6.9057)}; includes the dead regions
 * @param deadRegions the regions where f'(x) = 0 exactly (no gradient at all)
 * @param kinks the points where f is continuous but not differentiable (f' jumps), e.g. {@code [0]} for
 *     ReLU, {@code [-0.5, 0.5]} for softshrink; a jump of f itself is a discontinuity, not a kink
 * @param discontinuities the points where f itself jumps, e.g. {@code [0]} for the step,
 *     {@code [-0.5, 0.5]} for hardshrink; f there is the value PyTorch gives at the point
 * @param smoothness the smoothness class
 * @param parameterCount the number of parameters, {@code parameters().size()} (maxout: 2k + 1, counting k)
 * @param relativeCost measured time of value plus derivative per point, relative to relu
 */
public record ActivationProperties(Activation activation, Interval range, List<Double> discreteValues,
                                   Monotonicity monotonicity,
                                   double valueAtZero, double slopeAtZero, boolean nearIdentity,
                                   boolean zeroCentred, List<Interval> saturation, List<Interval> deadRegions,
                                   List<Double> kinks, List<Double> discontinuities, Smoothness smoothness,
                                   int parameterCount,
                                   double relativeCost) {

    public ActivationProperties {
        discreteValues = List.copyOf(discreteValues);
        saturation = List.copyOf(saturation);
        deadRegions = List.copyOf(deadRegions);
        kinks = List.copyOf(kinks);
        discontinuities = List.copyOf(discontinuities);
    }

    /** Whether f takes only finitely many values. */
    public boolean discrete() {
        return !discreteValues.isEmpty();
    }

    /** Whether f has a finite lower bound. */
    public boolean boundedBelow() {
        return range.boundedBelow();
    }

    /** Whether f has a finite upper bound. */
    public boolean boundedAbove() {
        return range.boundedAbove();
    }

    /**
     * The range for people, ends rounded to {@code significantDigits} significant digits:
     * {@code "(0, 1)"}, {@code "(-1.7581, inf)"}, or the set of values of a piecewise-constant
     * function, {@code "{0, 1}"}.
     */
    public String describeRange(int significantDigits) {
        if (discrete()) {
            return "{" + String.join(", ", discreteValues.stream()
                    .map(v -> Numbers.format(v, significantDigits)).toList()) + "}";
        }
        return range.format(significantDigits);
    }
}
