package org.activationlab.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures what one evaluation of value and derivative costs relative to ReLU, on this machine
 * and this JVM: both fill a 4,096-point grid over [-8, 8] in alternating order, round after
 * round; after a short warm-up the median of the per-round time ratios is the answer. Results
 * are cached per function name and parameter values (the most recent {@value #CACHE_SIZE}).
 */
final class CostMeter {
    private static final int POINTS = 4096;
    private static final double GRID_HALF_WIDTH = 8;
    private static final long WARM_UP_NANOS = 2_000_000;
    private static final int MIN_WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 11;
    private static final int CACHE_SIZE = 1024;

    private final Map<String, Double> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final double[] xs = grid();
    private final double[] values = new double[POINTS];
    private final double[] derivatives = new double[POINTS];
    /** Keeps the JIT from discarding the work being timed. */
    private volatile double sink;

    private static double[] grid() {
        double[] xs = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            xs[i] = -GRID_HALF_WIDTH + i * (2 * GRID_HALF_WIDTH) / (POINTS - 1);
        }
        return xs;
    }

    /** The cost of one value-and-derivative evaluation of {@code a} in units of ReLU's. */
    synchronized double relativeCost(Activation a) {
        return cache.computeIfAbsent(a.name() + a.parameterValues(), key -> measure(a, Catalogue.get("relu")));
    }

    private double measure(Activation a, Activation baseline) {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        for (int round = 0; round < MIN_WARM_UP_ROUNDS || System.nanoTime() < warmUpEnd; round++) {
            ratio(a, baseline, round);
        }
        double[] ratios = new double[MEASURED_ROUNDS];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            ratios[round] = ratio(a, baseline, round);
        }
        Arrays.sort(ratios);
        return ratios[MEASURED_ROUNDS / 2];
    }

    /** Time of {@code a} over time of {@code baseline} for one grid each, the first one alternating. */
    private double ratio(Activation a, Activation baseline, int round) {
        long time;
        long baselineTime;
        if (round % 2 == 0) {
            time = time(a);
            baselineTime = time(baseline);
        } else {
            baselineTime = time(baseline);
            time = time(a);
        }
        return (double) Math.max(time, 1) / Math.max(baselineTime, 1);
    }

    private long time(Activation a) {
        long start = System.nanoTime();
        a.fill(xs, values, derivatives);
        long elapsed = System.nanoTime() - start;
        sink += values[POINTS / 3] + derivatives[POINTS / 3];
        return elapsed;
    }
}
