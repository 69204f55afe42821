package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The even grid keeps huge ranges finite, ordered, inside [A, B] and ending at B, and gives
 * ordinary ones the doubles of the documented formula, as before (issue 16, 4.5).
 */
class EvenGridTest {
    private static double[] grid(double from, double to, int points) {
        EvenGrid grid = new EvenGrid(from, to, points);
        double[] xs = new double[points];
        for (int i = 0; i < points; i++) {
            xs[i] = grid.x(i);
        }
        return xs;
    }

    @ParameterizedTest(name = "{0} to {1}, {2} points")
    @CsvSource({
            "-8e307, 8e307, 5, -8.0E307 -4.0E307 0.0 3.9999999999999994E307 8.0E307",
            "-1e308, -800, 2, -1.0E308 -800.0",
            "-1e308, 1e308, 3, -1.0E308 0.0 1.0E308",
            "-1.7976931348623157e308, 1.7976931348623157e308, 2, -1.7976931348623157E308 1.7976931348623157E308",
            "1e308, 1.7e308, 5, 1.0E308 1.175E308 1.35E308 1.5249999999999999E308 1.7E308",
            "-6, 6, 5, -6.0 -3.0 0.0 3.0 6.0",
    })
    void hugeRangesStartAtAEndAtBAndStayFinite(double from, double to, int points, String expected) {
        assertThat(grid(from, to, points)).containsExactly(java.util.Arrays.stream(expected.split(" "))
                .mapToDouble(Double::parseDouble).toArray());
    }

    @Property(tries = 300)
    void ordinaryRangesGiveTheDoublesOfTheDocumentedFormula(@ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double width, @ForAll @IntRange(min = 2, max = 2000) int n) {
        double b = a + width;
        double[] xs = grid(a, b, n);
        for (int i = 0; i < n; i++) {
            double formula = a + i * (b - a) / (n - 1);
            assertThat(xs[i]).isEqualTo(formula);
        }
    }

    @Property(tries = 500)
    void everyGridIsFiniteAndNonDecreasingAndAHugeOneEndsExactlyAtB(@ForAll double a, @ForAll double b,
            @ForAll @IntRange(min = 2, max = 50) int n) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || a == b) {
            return;
        }
        double from = Math.min(a, b);
        double to = Math.max(a, b);
        double[] xs = grid(from, to, n);
        assertThat(xs[0]).isEqualTo(from);
        for (int i = 1; i < n; i++) {
            assertThat(xs[i]).isFinite().isGreaterThanOrEqualTo(xs[i - 1]);
        }
        if (Double.isInfinite(2.0 * (n - 1) * (to - from))) {
            assertThat(xs[n - 1]).isEqualTo(to);
            for (double x : xs) {
                assertThat(x).isBetween(from, to);
            }
        }
    }
}
