package org.activationlab.shootout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.activationlab.nn.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bootstrap interval of the median difference, against hand-computed cases and an independent computation. */
class MedianDifferenceTest {

    /** Two pairs (0, 0) and (10, 0): a resample's difference is 0, 5 or 10 with chances 1/4, 1/2, 1/4, so the 2.5% and 97.5% ends are 0 and 10. */
    @Test
    void twoPairsGiveTheHandComputedInterval() {
        MedianDifference d = MedianDifference.paired(new double[] {0, 10}, new double[] {0, 0});
        assertThat(d.difference()).isEqualTo(5);
        assertThat(d.low()).isEqualTo(0);
        assertThat(d.high()).isEqualTo(10);
        assertThat(d.excludesZero()).isFalse();
    }

    /** a = b + 3 seed by seed: every resample's medians differ by exactly 3, so the interval is [3, 3]. */
    @Test
    void aConstantShiftGivesAPointIntervalThatExcludesZero() {
        double[] b = {0.7, 0.1, 0.4, 0.9, 0.3, 0.2, 0.8};
        double[] a = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            a[i] = b[i] + 3;
        }
        MedianDifference d = MedianDifference.paired(a, b);
        assertThat(d.difference()).isEqualTo(3);
        assertThat(d.low()).isEqualTo(3);
        assertThat(d.high()).isEqualTo(3);
        assertThat(d.excludesZero()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "5", "20", "57"})
    void matchesAStraightforwardImplementationOfTheDocumentedProcedure(int n) {
        Rng data = new Rng(1000 + n);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.floor(data.nextDouble() * 50);
            b[i] = data.nextDouble() < 0.2 ? Double.POSITIVE_INFINITY : Math.floor(data.nextDouble() * 60);
        }
        MedianDifference d = MedianDifference.paired(a, b);
        double[] expected = reference(a, b);
        assertThat(List.of(d.difference(), d.low(), d.high())).as("boxed, so NaN equals NaN")
                .isEqualTo(List.of(expected[0], expected[1], expected[2]));
    }

    @Test
    void noIntervalWhenBothMediansAreInfiniteOrTooFewPairs() {
        double inf = Double.POSITIVE_INFINITY;
        MedianDifference censored = MedianDifference.paired(new double[] {inf, inf, 3}, new double[] {inf, inf, 5});
        assertThat(censored.difference()).isNaN();
        assertThat(censored.hasInterval()).isFalse();
        assertThat(censored.excludesZero()).isFalse();
        MedianDifference one = MedianDifference.paired(new double[] {1}, new double[] {9});
        assertThat(one.difference()).isEqualTo(-8);
        assertThat(one.hasInterval()).isFalse();
    }

    @Test
    void aCensoredContenderAgainstAFiniteBaselineGivesAnInfiniteButDecidedInterval() {
        double inf = Double.POSITIVE_INFINITY;
        MedianDifference d = MedianDifference.paired(new double[] {inf, inf, inf, inf}, new double[] {100, 120, 90, 110});
        assertThat(d.difference()).isEqualTo(inf);
        assertThat(d.low()).isEqualTo(inf);
        assertThat(d.excludesZero()).isTrue();
    }

    /**
     * The procedure of {@link MedianDifference}'s comment written out independently: medians by sorting a
     * list, resampled pairs as lists, the percentile ends by the rank formula.
     */
    private static double[] reference(double[] a, double[] b) {
        int n = a.length;
        double point = median(toList(a)) - median(toList(b));
        if (n < 2) {
            return new double[] {point, Double.NaN, Double.NaN};
        }
        Rng rng = new Rng(15);
        List<Double> replicates = new ArrayList<>();
        for (int r = 0; r < 2000; r++) {
            List<Double> ra = new ArrayList<>();
            List<Double> rb = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = (int) Math.floor(rng.nextDouble() * n);
                ra.add(a[k]);
                rb.add(b[k]);
            }
            double diff = median(ra) - median(rb);
            if (Double.isNaN(diff)) {
                return new double[] {point, Double.NaN, Double.NaN};
            }
            replicates.add(diff);
        }
        Collections.sort(replicates);
        return new double[] {point, replicates.get(50), replicates.get(1949)};
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int m = s.size() / 2;
        if (s.size() % 2 == 1) {
            return s.get(m);
        }
        double lo = s.get(m - 1);
        double hi = s.get(m);
        return lo == hi ? lo : (lo + hi) / 2;
    }
}
