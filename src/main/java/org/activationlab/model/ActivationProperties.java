package org.activationlab.model;

import java.util.List;

/**
 * The properties an activation needs (source text, section 6), computed from the function
 * with its current parameters, never typed in.
 *
 * @param activation the function analysed
 * @param range the set of values f takes, e.g. {@code (0, 1)} for sigmoid, {@code [0, inf)} for ReLU
 * @param monotonicity the sign behaviour of f'
 * @param valueAtZero f(0)
 * @param slopeAtZero f'(0) (PyTorch's one-sided choice at a kink)
 * @param nearIdentity f(0) = 0 and f'(0) = 1 (section 6, property 7)
 * @param zeroCentred f(0) = 0 and f takes both signs (outputs centred on zero)
 * @param saturation the regions where |f'(x)| &lt; 1e-3 (vanishing gradient), e.g. {@code (-inf, -6.9)}
 * @param deadRegions the regions where f'(x) = 0 exactly (no gradient at all)
 * @param kinks the points where f is not differentiable
 * @param smoothness the smoothness class
 * @param parameterCount the number of parameters (maxout: 2k + 1 counting k)
 * @param relativeCost measured time of value plus derivative per point, relative to relu
 */
public record ActivationProperties(Activation activation, Interval range, Monotonicity monotonicity,
                                   double valueAtZero, double slopeAtZero, boolean nearIdentity,
                                   boolean zeroCentred, List<Interval> saturation, List<Interval> deadRegions,
                                   List<Double> kinks, Smoothness smoothness, int parameterCount,
                                   double relativeCost) {

    public ActivationProperties {
        saturation = List.copyOf(saturation);
        deadRegions = List.copyOf(deadRegions);
        kinks = List.copyOf(kinks);
    }

    /** Whether f has a finite lower bound. */
    public boolean boundedBelow() {
        return range.boundedBelow();
    }

    /** Whether f has a finite upper bound. */
    public boolean boundedAbove() {
        return range.boundedAbove();
    }
}
