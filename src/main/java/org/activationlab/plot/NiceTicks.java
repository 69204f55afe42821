package org.activationlab.plot;

/**
 * "Nice" axis ticks: every multiple of a step of 1, 2 or 5 times a power of ten that lies in a
 * domain, in the spirit of d3-array's {@code ticks}. Pure functions of their arguments.
 *
 * <p>The step is the nice number closest (on a log scale) to {@code span / count}: the ratio to
 * the power of ten below is rounded to 1 below sqrt(2), to 2 below sqrt(10), to 5 below sqrt(50)
 * and to 10 above. Ticks are computed as {@code i / 10^k} for fractional steps so that 0.3 prints
 * as 0.3, not 0.30000000000000004.
 *
 * <p>Degenerate input gives no ticks rather than an exception: a NaN or infinite end, or a
 * count below 1, gives an empty array; equal ends give that one value. A reversed domain
 * ({@code start > stop}) gives the same ticks in decreasing order.
 */
public final class NiceTicks {
    private static final double SQRT_2 = Math.sqrt(2);
    private static final double SQRT_10 = Math.sqrt(10);
    private static final double SQRT_50 = Math.sqrt(50);
    /** Below this power of ten the inverse step overflows; use the step itself. */
    private static final int SMALLEST_INVERTIBLE_POWER = -300;

    private NiceTicks() {
    }

    /**
     * About {@code count} nice ticks between {@code start} and {@code stop}, both included if
     * they are nice; ascending unless {@code start > stop}.
     */
    public static double[] linear(double start, double stop, int count) {
        if (count < 1 || !Double.isFinite(start) || !Double.isFinite(stop)) {
            return new double[0];
        }
        if (start == stop) {
            return new double[] {start};
        }
        boolean reversed = stop < start;
        double lo = reversed ? stop : start;
        double hi = reversed ? start : stop;
        Spec spec = spec(lo, hi, count);
        if (spec == null) {
            return new double[0];
        }
        int n = (int) (spec.last - spec.first + 1);
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            ticks[reversed ? n - 1 - i : i] = spec.value(spec.first + i);
        }
        return ticks;
    }

    /**
     * The nice step {@link #linear} uses for the same arguments (positive), or NaN when it
     * would return fewer than two ticks.
     */
    public static double step(double start, double stop, int count) {
        if (count < 1 || !Double.isFinite(start) || !Double.isFinite(stop) || start == stop) {
            return Double.NaN;
        }
        Spec spec = spec(Math.min(start, stop), Math.max(start, stop), count);
        return spec == null || spec.last <= spec.first ? Double.NaN : spec.step();
    }

    /**
     * Ticks for a logarithmic axis over the positive domain [start, stop]: the powers of ten
     * inside it (every 10^k, or every 10^(jk) for a nice j when there are more decades than
     * {@code count}), also 2 and 5 times each power when the domain spans few decades, and
     * plain {@link #linear} ticks when it spans less than one decade. A domain that is not
     * positive and finite gives no ticks.
     */
    public static double[] log(double start, double stop, int count) {
        if (count < 1 || !(start > 0) || !(stop > 0) || !Double.isFinite(start) || !Double.isFinite(stop)) {
            return new double[0];
        }
        boolean reversed = stop < start;
        double lo = reversed ? stop : start;
        double hi = reversed ? start : stop;
        int kLo = (int) Math.ceil(Math.log10(lo) - 1e-12);
        int kHi = (int) Math.floor(Math.log10(hi) + 1e-12);
        if (kHi < kLo || hi / lo < 10) {
            return linear(start, stop, count);
        }
        int decades = kHi - kLo + 1;
        double[] ticks;
        if (decades * 3 <= count) {
            ticks = powersWithMultiples(lo, hi, kLo - 1, kHi);
        } else {
            double niceStep = step(kLo, kHi, count);
            // no nice step fits (e.g. one tick asked for over several decades): a single tick
            int exponentStep = decades <= count ? 1 : Double.isNaN(niceStep) ? decades : (int) Math.max(1, niceStep);
            int first = Math.floorDiv(kLo + exponentStep - 1, exponentStep) * exponentStep;
            int n = first > kHi ? 0 : (kHi - first) / exponentStep + 1;
            ticks = new double[n];
            for (int i = 0; i < n; i++) {
                ticks[i] = pow10(first + i * exponentStep);
            }
        }
        if (reversed) {
            reverse(ticks);
        }
        return ticks;
    }

    private static double[] powersWithMultiples(double lo, double hi, int kFirst, int kLast) {
        double[] buffer = new double[(kLast - kFirst + 1) * 3];
        int n = 0;
        for (int k = kFirst; k <= kLast; k++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = m * pow10(k);
                if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) {
                    buffer[n++] = v;
                }
            }
        }
        return java.util.Arrays.copyOf(buffer, n);
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** 10^k, exact for the integers Java parses exactly. */
    static double pow10(int k) {
        return Double.parseDouble("1e" + k);
    }

    /**
     * The tick indices and how to turn an index into a value; {@code null} when the step is not
     * representable (the domain is narrower than the smallest double).
     */
    private static Spec spec(double lo, double hi, int count) {
        double rawStep = hi / count - lo / count;
        if (!(rawStep > 0) || !Double.isFinite(rawStep)) {
            return null;
        }
        int power = (int) Math.floor(Math.log10(rawStep));
        double ratio = rawStep / pow10(power);
        if (!Double.isFinite(ratio)) {
            ratio = rawStep * 1e100 / pow10(power + 100);
        }
        int factor = ratio >= SQRT_50 ? 10 : ratio >= SQRT_10 ? 5 : ratio >= SQRT_2 ? 2 : 1;
        Spec spec;
        if (power < 0 && power >= SMALLEST_INVERTIBLE_POWER) {
            double inverse = pow10(-power) / factor;
            double first = Math.rint(lo * inverse);
            double last = Math.rint(hi * inverse);
            if (first / inverse < lo) {
                first++;
            }
            if (last / inverse > hi) {
                last--;
            }
            spec = new Spec(first, last, inverse, true);
        } else {
            double step = pow10(power) * factor;
            double first = Math.rint(lo / step);
            double last = Math.rint(hi / step);
            if (first * step < lo) {
                first++;
            }
            if (last * step > hi) {
                last--;
            }
            spec = new Spec(first, last, step, false);
        }
        if (spec.last < spec.first && count < 2) {
            return spec(lo, hi, count * 2);
        }
        return spec.last < spec.first ? null : spec;
    }

    /** Ticks are {@code i * increment} (or {@code i / increment} when inverted) for i in [first, last]. */
    private record Spec(double first, double last, double increment, boolean inverted) {
        double value(double i) {
            double v = inverted ? i / increment : i * increment;
            return v == 0 ? 0.0 : v;
        }

        double step() {
            return inverted ? 1 / increment : increment;
        }
    }
}
