package org.activationlab.nn;

import java.util.List;

/**
 * What one hidden layer looks like at one step, over the whole training set.
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
 */
public record LayerDiagnostics(double deadFraction, double saturatedFraction, double preActivationMean,
                               double preActivationStd, Histogram histogram, double gradientNorm, double updateRatio,
                               double alpha, List<UnitDiagnostics> units,
                               double nonFiniteFraction) {
    public LayerDiagnostics {
        units = List.copyOf(units);
    }
}
