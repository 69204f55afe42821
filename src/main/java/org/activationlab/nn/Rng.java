package org.activationlab.nn;

/**
 * A small seeded random number generator whose output is fixed by this file alone, so that a
 * seed reproduces the same data and weights on every JVM and platform.
 *
 * <p>The generator is SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014): a 64-bit counter advanced by the golden-ratio increment and passed
 * through a bijective mixing function. Doubles take the top 53 bits; Gaussians use the
 * Box-Muller transform with {@link StrictMath}, which is bit-for-bit reproducible. Not
 * thread-safe; use one instance per thread.
 */
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double UNIT = 0x1.0p-53;

    private long state;

    /** A generator started at {@code seed}. */
    public Rng(long seed) {
        this.state = seed;
    }

    /**
     * An independent generator for one purpose ({@code stream}) of a run seeded with
     * {@code seed}: weights, training data, test data and mini-batch order each draw from their
     * own stream, so changing how many numbers one of them uses leaves the others unchanged.
     */
    public static Rng stream(long seed, long stream) {
        return new Rng(mix(seed ^ mix(stream * GOLDEN_GAMMA + GOLDEN_GAMMA)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** A double uniformly distributed in [0, 1), a multiple of 2^-53. */
    public double nextDouble() {
        return (nextLong() >>> 11) * UNIT;
    }

    /** A double uniformly distributed in [a, b), computed as {@code a + (b - a) u}. */
    public double uniform(double a, double b) {
        return a + (b - a) * nextDouble();
    }

    /** A standard normal deviate (Box-Muller, one value per call). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** An int uniformly distributed in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        int bits;
        int value;
        do {
            bits = (int) (nextLong() >>> 33);
            value = bits % bound;
        } while (bits - value + (bound - 1) < 0);
        return value;
    }

    /** Shuffles {@code values} in place (Fisher-Yates). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
