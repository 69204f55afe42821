package org.activationlab.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The running per-unit counts of one hidden layer, refreshed after every step from the
 * pre-activations and derivatives of the full training set. Mutable; owned by the trainer.
 */
final class LayerStatistics {
    /** |f'(z)| below this counts as saturated. */
    static final double SATURATION_SLOPE = UnitHealth.SATURATION_SLOPE;
    /** A unit is saturated when at least this share of training inputs is saturated (as tenths). */
    static final int SATURATED_TENTHS = UnitHealth.SATURATED_TENTHS;
    /** The histogram range and bin count of pre-activations. */
    static final double HISTOGRAM_LOWER = -6;
    static final double HISTOGRAM_UPPER = 6;
    static final int HISTOGRAM_BINS = 48;

    private final LayerShape shape;
    private final int[] zeroCount;
    private final int[] saturatedCount;
    private final int[] deathStep;
    private int points;
    private double deadFraction;
    private double saturatedFraction;
    private double mean;
    private double std;

    LayerStatistics(LayerShape shape) {
        this.shape = shape;
        this.zeroCount = new int[shape.units()];
        this.saturatedCount = new int[shape.units()];
        this.deathStep = new int[shape.units()];
        Arrays.fill(deathStep, -1);
    }

    /**
     * Recounts from {@code z} and {@code derivative} ({@code points} training inputs) at
     * {@code step}. Maxout units always pass gradient to one piece, so they are never dead or saturated.
     */
    void update(double[] z, double[] derivative, int points, int step) {
        this.points = points;
        int units = shape.units();
        if (shape.kind() != LayerKind.MAXOUT) {
            for (int u = 0; u < units; u++) {
                int zeros = 0;
                int flat = 0;
                for (int i = u * points, end = i + points; i < end; i++) {
                    double d = Math.abs(derivative[i]);
                    zeros += d == 0 ? 1 : 0;
                    flat += d < SATURATION_SLOPE ? 1 : 0;
                }
                zeroCount[u] = zeros;
                saturatedCount[u] = flat;
            }
        }
        int dead = 0;
        int saturated = 0;
        for (int u = 0; u < units; u++) {
            if (isDead(u)) {
                dead++;
                if (deathStep[u] < 0) {
                    deathStep[u] = step;
                }
            } else {
                deathStep[u] = -1;
            }
            if (isSaturated(u)) {
                saturated++;
            }
        }
        deadFraction = (double) dead / units;
        saturatedFraction = (double) saturated / units;
        updateMoments(z, points * shape.rows());
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

    private boolean isDead(int unit) {
        return shape.kind() != LayerKind.MAXOUT && zeroCount[unit] == points;
    }

    private boolean isSaturated(int unit) {
        return shape.kind() != LayerKind.MAXOUT && 10L * saturatedCount[unit] >= (long) SATURATED_TENTHS * points;
    }

    double deadFraction() {
        return deadFraction;
    }

    double saturatedFraction() {
        return saturatedFraction;
    }

    double mean() {
        return mean;
    }

    double std() {
        return std;
    }

    /** An immutable copy of the current state, with the histogram of {@code z}. */
    LayerDiagnostics diagnostics(double[] z, double gradientNorm, double updateRatio, double alpha) {
        List<UnitDiagnostics> units = new ArrayList<>(shape.units());
        for (int u = 0; u < shape.units(); u++) {
            units.add(new UnitDiagnostics((double) zeroCount[u] / points, (double) saturatedCount[u] / points,
                    isDead(u), isSaturated(u), deathStep[u]));
        }
        Histogram histogram = Histogram.of(z,
                HISTOGRAM_LOWER, HISTOGRAM_UPPER, HISTOGRAM_BINS);
        return new LayerDiagnostics(deadFraction, saturatedFraction, mean, std, histogram, gradientNorm, updateRatio,
                alpha, units);
    }
}
