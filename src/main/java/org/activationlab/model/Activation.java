package org.activationlab.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An activation function with fixed parameter values: value and derivative side by side.
 *
 * <p>Implementations are immutable; {@link #with(String, double)} returns a new instance.
 * Values and derivatives agree with PyTorch float64 autograd within 1e-12 relative to
 * {@code 1 + |value|} for every finite x, never return NaN or infinity where the true value
 * is finite, and take PyTorch's one-sided derivative at kinks.
 */
public interface Activation {

    /** Name, display name, formulas and paper. */
    ActivationInfo info();

    /** The CLI name, e.g. {@code "relu"}. */
    default String name() {
        return info().name();
    }

    /** The parameters this instance has, in display order (for maxout they depend on k). */
    List<Parameter> parameters();

    /** The current value of every parameter, in the order of {@link #parameters()}. */
    Map<String, Double> parameterValues();

    /**
     * A copy with one parameter changed.
     *
     * @throws InvalidParameterException if the key is unknown or the value outside its domain
     */
    Activation with(String key, double value);

    /** A copy with several parameters changed, applied in the map's iteration order. */
    default Activation with(Map<String, Double> values) {
        Activation result = this;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }

    /** f(x). */
    double value(double x);

    /** f'(x), PyTorch's one-sided choice at kinks. */
    double derivative(double x);

    /**
     * The fast path for a whole grid: {@code values[i] = f(xs[i])} and
     * {@code derivatives[i] = f'(xs[i])}. Either output array may be {@code null} to skip it.
     */
    default void fill(double[] xs, double[] values, double[] derivatives) {
        for (int i = 0; i < xs.length; i++) {
            if (values != null) {
                values[i] = value(xs[i]);
            }
            if (derivatives != null) {
                derivatives[i] = derivative(xs[i]);
            }
        }
    }

    /**
     * The points where f is not differentiable, in increasing order (empty for smooth
     * functions). Known analytically for the catalogue; a typed formula's are searched for
     * numerically (see {@code formula.FormulaActivation#kinks}).
     */
    List<Double> kinks();

    /**
     * The straight lines whose maximum this function is, for functions defined that way (Maxout),
     * so that a figure can draw them and an editor can edit them; empty for other functions.
     */
    default Optional<LinearPieces> linearPieces() {
        return Optional.empty();
    }
}
