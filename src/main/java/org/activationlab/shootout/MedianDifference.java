package org.activationlab.shootout;

import org.activationlab.nn.Rng;

/**
 * The difference of medians between a contender's runs and the baseline's, median(a) - median(b),
 * with a seeded percentile bootstrap 95% confidence interval.
 *
 * <p>The bootstrap (Efron and Tibshirani 1993, ch. 13): run s of every contender trains on the same
 * points (seed s), so the samples are paired by seed and the seeds are resampled, not the two samples
 * separately. Each of {@value #RESAMPLES} resamples draws n seed indices uniformly with replacement
 * ({@code floor(u n)}, u from {@link Rng#nextDouble()} of a generator started at {@value #SEED} for
 * every comparison, so each comparison is reproducible on its own) and computes median(a*) - median(b*)
 * ({@link Quantiles#median}). Sorted ascending as r[0..B-1], the interval is
 * [r[floor(0.025 B)], r[ceil(0.975 B) - 1]], i.e. r[50] and r[1949].
 *
 * <p>Infinite values (a diverged loss, a target never reached) take part as +infinity. When a
 * difference of two infinite medians is undefined (NaN) in the sample or in any resample, or fewer
 * than two pairs exist, there is no interval and no verdict.
 *
 * @param difference median(a) - median(b) of the pairs (NaN when undefined)
 * @param low the interval's lower end (NaN when there is none)
 * @param high the interval's upper end (NaN when there is none)
 */
public record MedianDifference(double difference, double low, double high) {
    /** Bootstrap resamples. */
    public static final int RESAMPLES = 2000;
    /** Seed of every comparison's generator. */
    public static final long SEED = 15;

    /** The difference of {@code a} minus {@code b}, paired: a[i] and b[i] come from the same seed. */
    public static MedianDifference paired(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples need equal lengths, got " + a.length + " and " + b.length);
        }
        double difference = Quantiles.median(a) - Quantiles.median(b);
        int n = a.length;
        if (n < 2 || Double.isNaN(difference)) {
            return new MedianDifference(difference, Double.NaN, Double.NaN);
        }
        Rng rng = new Rng(SEED);
        double[] replicates = new double[RESAMPLES];
        double[] ra = new double[n];
        double[] rb = new double[n];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < n; i++) {
                int pick = (int) (rng.nextDouble() * n);
                ra[i] = a[pick];
                rb[i] = b[pick];
            }
            replicates[r] = Quantiles.median(ra) - Quantiles.median(rb);
            if (Double.isNaN(replicates[r])) {
                return new MedianDifference(difference, Double.NaN, Double.NaN);
            }
        }
        double[] s = Quantiles.sorted(replicates);
        return new MedianDifference(difference, s[(int) Math.floor(0.025 * RESAMPLES)],
                s[(int) Math.ceil(0.975 * RESAMPLES) - 1]);
    }

    /** Whether there is an interval and it excludes 0: the runs support a difference. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }

    /** Whether there is an interval. */
    public boolean hasInterval() {
        return !Double.isNaN(low);
    }
}
