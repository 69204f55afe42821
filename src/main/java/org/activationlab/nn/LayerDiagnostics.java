package org.activationlab.nn;

import java.util.List;

/**
 * What one hidden layer looks like at one step, over the whole training set.
 *
 * <p>For a gated layer (h = a g(b)), "derivative" below means both partials, dh/da = g(b) and
 * dh/db = a g'(b): a unit is dead when both are 0 on every input, saturated when both are below
 * 0.01 in size on at least 90% of inputs; the pre-activation statistics cover the a and b rows.
 *
 * @param deadFraction the fraction of units whose derivative is zero for every training input
 * @param saturatedFraction the fraction of units with |f'(z)| &lt; 0.01 on at least 90% of training inputs
 * @param preActivationMean the mean of z over all units (all Maxout pieces) and training inputs
 * @param preActivationStd the population standard deviation of the same values
 * @param histogram the distribution of the same values
 * @param gradientNorm the Euclidean norm of dL/d(weights, biases, alpha) of the layer (data loss only)
 * @param updateRatio ||delta W|| / ||W|| of the update that led here (weights only; NaN at step 0)
 * @param alpha the learned PReLU alpha, NaN for other layers
 * @param units each unit's state (a unit with a non-finite pre-activation is neither dead nor saturated)
 * @param nonFiniteFraction the fraction of pre-activations that overflowed to NaN or +-inf (0 in a finite run)
 * @param closedGateFraction the fraction of a gated layer's units whose gate g(b) is closed (|g(b)| &lt; 0.01)
 *        on at least 90% of training inputs ({@link UnitHealth#isClosed}); NaN for a layer that is not gated
 */
public record LayerDiagnostics(double deadFraction, double saturatedFraction, double preActivationMean,
                               double preActivationStd, Histogram histogram, double gradientNorm, double updateRatio,
                               double alpha, List<UnitDiagnostics> units,
                               double nonFiniteFraction, double closedGateFraction) {
    public LayerDiagnostics {
        units = List.copyOf(units);
    }

    /** The diagnostics of a layer that is not gated (no closed-gate fraction). */
    public LayerDiagnostics(double deadFraction, double saturatedFraction, double preActivationMean,
                            double preActivationStd, Histogram histogram, double gradientNorm, double updateRatio,
                            double alpha, List<UnitDiagnostics> units, double nonFiniteFraction) {
        this(deadFraction, saturatedFraction, preActivationMean, preActivationStd, histogram, gradientNorm,
                updateRatio, alpha, units, nonFiniteFraction, Double.NaN);
    }
}
