package org.activationlab.nn.depth;

import org.activationlab.nn.Histogram;

/**
 * What one layer of the depth study looks like over the batch. Means and standard deviations
 * are population moments over all batch x width values of the layer; they are infinite or NaN
 * once the values overflow.
 *
 * @param layer the layer number, 1 for the layer that reads the inputs
 * @param preActivationMean the mean of what the activation function receives: z = W h, or BN(z) when
 *                          batch normalisation comes before the activation
 * @param preActivationStd the standard deviation of the same values
 * @param activationMean the mean of the layer's output h (after batch normalisation when it comes after)
 * @param activationStd the standard deviation of the same values
 * @param gradientStd the standard deviation of dLoss/dh, the gradient with respect to the layer's output
 * @param saturatedFraction the fraction of units with |f'| &lt; 0.01 on at least 90% of the batch
 * @param deadFraction the fraction of units with f' = 0 on the whole batch
 * @param activations the distribution of the layer's outputs over [min, max] of the finite values
 * @param nonFiniteFraction the fraction of the layer's outputs (batch x width) that overflowed to
 *                          infinity or NaN: where it is above 0 the moments are not finite, and
 *                          units counted neither dead nor saturated may simply have overflowed
 */
public record DepthLayerStats(int layer, double preActivationMean, double preActivationStd, double activationMean,
                              double activationStd, double gradientStd, double saturatedFraction,
                              double deadFraction, Histogram activations, double nonFiniteFraction) {
}
