package org.activationlab;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

/**
 * AssertJ's recursive comparison with doubles compared exactly, by {@link Double#equals} (the same
 * bits: NaN equals NaN, 0.0 differs from -0.0), instead of its default tolerance of 1e-15, under which
 * NaN differs from itself: for values that must read back or be computed again to the last bit.
 */
public final class ExactDoubles {
    /** The configuration; pass it to {@code usingRecursiveComparison} or {@code usingRecursiveFieldByFieldElementComparator}. */
    public static final RecursiveComparisonConfiguration EXACT = RecursiveComparisonConfiguration.builder()
            .withEqualsForType(Double::equals, Double.class).build();

    private ExactDoubles() {
    }
}
