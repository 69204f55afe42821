package org.activationlab.nn;

/**
 * The state of one hidden unit over the training inputs.
 *
 * <p>A unit whose pre-activation z overflowed to NaN or +-inf on some training input is
 * {@code overflowed}: its derivative says nothing there, so it is neither dead nor saturated
 * (both shares are 0) and it is not learning either; the run has diverged at this unit.
 *
 * @param zeroGradientShare the fraction of training inputs where f'(z) = 0 (no gradient passes)
 * @param saturatedShare the fraction of training inputs where |f'(z)| &lt; 0.01
 * @param dead whether f'(z) = 0 for every training input: the unit can no longer learn
 * @param saturated whether |f'(z)| &lt; 0.01 on at least 90% of the training inputs (a dead unit is saturated too)
 * @param deathStep the step since which the unit has been dead, or -1 if it is alive
 * @param overflowed whether z was NaN or infinite on at least one training input
 *        ({@link LayerDiagnostics#nonFiniteFraction} counts such values over the whole layer)
 */
public record UnitDiagnostics(double zeroGradientShare, double saturatedShare, boolean dead, boolean saturated,
                              int deathStep, boolean overflowed) {
}
