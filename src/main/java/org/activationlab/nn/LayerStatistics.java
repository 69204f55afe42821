package org.activationlab.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The running per-unit state of one hidden layer, refreshed after every step from the
 * pre-activations and derivatives of the full training set. Mutable; owned by the trainer.
 *
 * <p>Each step needs only whether a unit is dead or saturated, so the scans stop as soon as
 * the answer is known (at the first input with f'(z) != 0, or once more than a tenth of the
 * inputs are unsaturated). A gated unit is judged on both its partials, dh/da = g(b) and
 * dh/db = a g'(b), and its gate on g(b) ({@link UnitHealth}). The per-unit shares behind those answers are counted only when a
 * {@link #diagnostics snapshot} asks, from the same buffers, so they are the same numbers a
 * full count after the step would give.
 *
 * <p>A unit whose pre-activations overflowed (a z that is NaN or infinite) is neither dead nor
 * saturated: its derivatives say nothing about learning (relu'(-inf) = 0 would read as dead).
 * Such values are looked for only when the mean or standard deviation of z is not finite, which
 * a single one makes so: finite runs pay nothing, and count the same as before.
 */
final class LayerStatistics {
    /** The histogram range and bin count of pre-activations. */
    static final double HISTOGRAM_LOWER = -6;
    static final double HISTOGRAM_UPPER = 6;
    static final int HISTOGRAM_BINS = 48;

    private final LayerShape shape;
    private final boolean[] dead;
    private final boolean[] saturated;
    private final int[] deathStep;
    private final boolean[] overflowed;
    private final boolean[] closed;
    /** Partials stored per unit ({@link UnitKind#partialsPerUnit()}): a gated unit's dh/da and dh/db. */
    private final int partials;
    private int points;
    private double closedGateFraction;
    private double nonFiniteFraction;
    private double deadFraction;
    private double saturatedFraction;
    private double mean;
    private double std;

    LayerStatistics(LayerShape shape) {
        this.shape = shape;
        this.dead = new boolean[shape.units()];
        this.saturated = new boolean[shape.units()];
        this.deathStep = new int[shape.units()];
        this.overflowed = new boolean[shape.units()];
        this.closed = new boolean[shape.units()];
        this.partials = shape.unitKind().partialsPerUnit();
        Arrays.fill(deathStep, -1);
    }

    /**
     * Re-evaluates every unit from {@code z} and {@code derivative} (the stored partials,
     * {@link UnitKind#partialsPerUnit()} rows per unit, of {@code points} training inputs) at {@code step}. Units of a kind that {@link UnitKind#canDieOrSaturate() cannot die
     * or saturate} (Maxout) never are.
     */
    void update(double[] z, double[] derivative, int points, int step) {
        this.points = points;
        int units = shape.units();
        boolean canDie = shape.unitKind().canDieOrSaturate();
        boolean gated = shape.unitKind().gated();
        updateMoments(z, points * shape.rows());
        findOverflows(z);
        int deadUnits = 0;
        int saturatedUnits = 0;
        int closedUnits = 0;
        for (int u = 0; u < units; u++) {
            boolean judged = canDie && !overflowed[u];
            dead[u] = judged && allZero(derivative, u, points);
            saturated[u] = judged && (dead[u] || mostlySaturated(derivative, u, partials, points));
            closed[u] = gated && judged && mostlySaturated(derivative, u, 1, points);
            if (dead[u]) {
                deadUnits++;
                if (deathStep[u] < 0) {
                    deathStep[u] = step;
                }
            } else {
                deathStep[u] = -1;
            }
            if (saturated[u]) {
                saturatedUnits++;
            }
            if (closed[u]) {
                closedUnits++;
            }
        }
        deadFraction = (double) deadUnits / units;
        saturatedFraction = (double) saturatedUnits / units;
        closedGateFraction = gated ? (double) closedUnits / units : Double.NaN;
    }

    /**
     * Marks the units with a non-finite pre-activation and counts the share of such values,
     * when the moments show there is one (a unit's rows are {@link LayerShape#row}).
     */
    private void findOverflows(double[] z) {
        if (Double.isFinite(mean) && Double.isFinite(std)) {
            if (nonFiniteFraction != 0) {
                Arrays.fill(overflowed, false);
                nonFiniteFraction = 0;
            }
            return;
        }
        int nonFinite = 0;
        for (int u = 0; u < shape.units(); u++) {
            int before = nonFinite;
            for (int piece = 0; piece < shape.rowsPerUnit(); piece++) {
                for (int i = shape.row(u, piece) * points, end = i + points; i < end; i++) {
                    nonFinite += Double.isFinite(z[i]) ? 0 : 1;
                }
            }
            overflowed[u] = nonFinite > before;
        }
        nonFiniteFraction = (double) nonFinite / ((double) shape.rows() * points);
    }

    /** Whether every stored partial of unit {@code unit} is 0 at all {@code points} inputs. */
    private boolean allZero(double[] derivative, int unit, int points) {
        for (int p = 0; p < partials; p++) {
            for (int i = (p * shape.units() + unit) * points, end = i + points; i < end; i++) {
                if (derivative[i] != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether enough of the {@code points} inputs saturate the first {@code count} partials of unit
     * {@code unit} ({@link UnitHealth#isSaturated}: at least 9 tenths), that is, whether at most
     * (10 - 9) tenths of them, rounded down, do not. An input saturates when all those partials do.
     */
    private boolean mostlySaturated(double[] derivative, int unit, int count, int points) {
        int allowed = (10 - UnitHealth.SATURATED_TENTHS) * points / 10;
        int unsaturated = 0;
        int from = unit * points;
        int stride = shape.units() * points;
        for (int i = from, end = from + points; i < end; i++) {
            if (!saturatesAll(derivative, i, count, stride) && ++unsaturated > allowed) {
                return false;
            }
        }
        return true;
    }

    /** Whether the {@code count} partials at {@code i}, {@code i + stride}, ... all saturate. */
    private static boolean saturatesAll(double[] derivative, int i, int count, int stride) {
        for (int p = 0; p < count; p++) {
            if (!UnitHealth.saturates(derivative[i + p * stride])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the {@code count} partials at {@code i}, {@code i + stride}, ... are all 0. */
    private static boolean zeroAll(double[] derivative, int i, int count, int stride) {
        for (int p = 0; p < count; p++) {
            if (derivative[i + p * stride] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Mean and population standard deviation, two passes, four partial sums each. */
    private void updateMoments(double[] z, int count) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 4 <= count; i += 4) {
            s0 += z[i];
            s1 += z[i + 1];
            s2 += z[i + 2];
            s3 += z[i + 3];
        }
        for (; i < count; i++) {
            s0 += z[i];
        }
        mean = ((s0 + s1) + (s2 + s3)) / count;
        double q0 = 0;
        double q1 = 0;
        double q2 = 0;
        double q3 = 0;
        i = 0;
        for (; i + 4 <= count; i += 4) {
            double d0 = z[i] - mean;
            double d1 = z[i + 1] - mean;
            double d2 = z[i + 2] - mean;
            double d3 = z[i + 3] - mean;
            q0 += d0 * d0;
            q1 += d1 * d1;
            q2 += d2 * d2;
            q3 += d3 * d3;
        }
        for (; i < count; i++) {
            double d = z[i] - mean;
            q0 += d * d;
        }
        std = Math.sqrt(((q0 + q1) + (q2 + q3)) / count);
    }

    double deadFraction() {
        return deadFraction;
    }

    double saturatedFraction() {
        return saturatedFraction;
    }

    /** The share of closed gates ({@link UnitHealth#isClosed}), NaN for a layer that is not gated. */
    double closedGateFraction() {
        return closedGateFraction;
    }

    /** The share of pre-activations that are NaN or infinite. */
    double nonFiniteFraction() {
        return nonFiniteFraction;
    }

    double mean() {
        return mean;
    }

    double std() {
        return std;
    }

    /**
     * An immutable copy of the current state, with each unit's shares counted from
     * {@code derivative} and the histogram of {@code z} (the buffers of the last {@link #update}).
     */
    LayerDiagnostics diagnostics(double[] z, double[] derivative, double gradientNorm, double updateRatio,
                                 double alpha) {
        List<UnitDiagnostics> units = new ArrayList<>(shape.units());
        boolean gated = shape.unitKind().gated();
        int stride = shape.units() * points;
        for (int u = 0; u < shape.units(); u++) {
            int zeros = 0;
            int flat = 0;
            int shut = 0;
            if (shape.unitKind().canDieOrSaturate() && !overflowed[u]) {
                for (int i = u * points, end = i + points; i < end; i++) {
                    zeros += zeroAll(derivative, i, partials, stride) ? 1 : 0;
                    flat += saturatesAll(derivative, i, partials, stride) ? 1 : 0;
                    shut += gated && UnitHealth.closes(derivative[i]) ? 1 : 0;
                }
            }
            units.add(new UnitDiagnostics((double) zeros / points, (double) flat / points, dead[u], saturated[u],
                    deathStep[u], overflowed[u], gated ? (double) shut / points : Double.NaN, closed[u]));
        }
        Histogram histogram = Histogram.of(z, HISTOGRAM_LOWER, HISTOGRAM_UPPER, HISTOGRAM_BINS);
        return new LayerDiagnostics(deadFraction, saturatedFraction, mean, std, histogram, gradientNorm, updateRatio,
                alpha, units, nonFiniteFraction, closedGateFraction);
    }
}
