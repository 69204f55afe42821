package org.activationlab.nn;

/**
 * The state of one hidden unit over the training inputs.
 *
 * <p>A unit whose pre-activation z overflowed to NaN or +-inf on some training input is
 * {@code overflowed}: its derivative says nothing there, so it is neither dead nor saturated
 * (both shares are 0) and it is not learning either; the run has diverged at this unit.
 *
 * <p>A gated unit h = a g(b) is judged on both partials, dh/da = g(b) and dh/db = a g'(b)
 * ({@link UnitHealth}): "f'(z) = 0" below reads "both partials are 0", "|f'(z)| &lt; 0.01"
 * reads "both are below 0.01 in size".
 *
 * @param zeroGradientShare the fraction of training inputs where f'(z) = 0 (no gradient passes)
 * @param saturatedShare the fraction of training inputs where |f'(z)| &lt; 0.01
 * @param dead whether f'(z) = 0 for every training input: the unit can no longer learn
 * @param saturated whether |f'(z)| &lt; 0.01 on at least 90% of the training inputs (a dead unit is saturated too)
 * @param deathStep the step since which the unit has been dead, or -1 if it is alive
 * @param overflowed whether z was NaN or infinite on at least one training input
 *        ({@link LayerDiagnostics#nonFiniteFraction} counts such values over the whole layer)
 * @param closedGateShare a gated unit's fraction of training inputs where its gate is closed,
 *        |g(b)| &lt; 0.01; NaN for a unit that is not gated
 * @param closedGate whether the gate is closed on at least 90% of the training inputs ({@link UnitHealth#isClosed})
 */
public record UnitDiagnostics(double zeroGradientShare, double saturatedShare, boolean dead, boolean saturated,
                              int deathStep, boolean overflowed, double closedGateShare, boolean closedGate) {

    /** The state of a unit that is not gated (no gate, so no closed-gate share). */
    public UnitDiagnostics(double zeroGradientShare, double saturatedShare, boolean dead, boolean saturated,
                           int deathStep, boolean overflowed) {
        this(zeroGradientShare, saturatedShare, dead, saturated, deathStep, overflowed, Double.NaN, false);
    }

    /** Whether the unit is gated, so that {@link #closedGateShare} and {@link #closedGate} mean something. */
    public boolean gated() {
        return !Double.isNaN(closedGateShare);
    }
}
