package org.activationlab.nn;

/** Network weights with chosen values, for tests outside this package (the constructor is package-private). */
public final class TestWeights {
    private TestWeights() {
    }

    /** The weights of {@code spec} with its parameters, in {@link Layout} order, set to {@code parameters}. */
    public static NetworkWeights of(NetworkSpec spec, double... parameters) {
        return new NetworkWeights(spec, Layout.of(spec), parameters);
    }
}
