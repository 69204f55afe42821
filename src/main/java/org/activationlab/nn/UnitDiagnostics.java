package org.activationlab.nn;

/**
 * The state of one hidden unit over the training inputs.
 *
 * @param zeroGradientShare the fraction of training inputs where f'(z) = 0 (no gradient passes)
 * @param saturatedShare the fraction of training inputs where |f'(z)| &lt; 0.01
 * @param dead whether f'(z) = 0 for every training input: the unit can no longer learn
 * @param saturated whether |f'(z)| &lt; 0.01 on at least 90% of the training inputs (a dead unit is saturated too)
 * @param deathStep the step since which the unit has been dead, or -1 if it is alive
 */
public record UnitDiagnostics(double zeroGradientShare, double saturatedShare, boolean dead, boolean saturated,
                              int deathStep) {
}
