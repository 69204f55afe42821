package org.activationlab.nn.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The born-dead Monte-Carlo estimate (Lu et al. 2019). */
class BornDeadTest {

    /**
     * Width 1 has a closed form, P(dead at depth L) = 1 - 2^-(L-1): the estimate lies within 4
     * binomial standard errors (plus 1e-9 where the probability is 0) of it.
     */
    @Test
    void widthOneMatchesTheClosedForm() {
        BornDeadCurve curve = BornDead.estimate(new BornDeadConfig(1, 12, 4000, 7));
        for (int depth = 1; depth <= 12; depth++) {
            double exact = 1 - Math.pow(2, -(depth - 1));
            double tolerance = 4 * Math.sqrt(exact * (1 - exact) / 4000) + 1e-9;
            assertThat(curve.probability(depth)).as("depth %d", depth).isCloseTo(exact,
                    org.assertj.core.data.Offset.offset(tolerance));
        }
    }

    /**
     * A narrow network (width 2) is rarely dead at depth 2, usually dead at depth 10 and almost
     * surely dead at depth 30; the estimate grows with depth.
     */
    @Test
    void narrowNetworksDieWithDepth() {
        BornDeadCurve curve = BornDead.estimate(new BornDeadConfig(2, 30, 2000, 1));
        assertThat(curve.probability(1)).isZero();
        assertThat(curve.probability(2)).isBetween(0.05, 0.25);
        assertThat(curve.probability(5)).isBetween(0.4, 0.8);
        assertThat(curve.probability(10)).isGreaterThan(0.8);
        assertThat(curve.probability(30)).isGreaterThan(0.98);
        for (int depth = 2; depth <= 30; depth++) {
            assertThat(curve.probability(depth)).isGreaterThanOrEqualTo(curve.probability(depth - 1));
        }
        assertThat(curve.probability(10) - curve.probability(2)).isGreaterThan(10 * curve.standardError(2));
    }

    @ParameterizedTest(name = "width {0} dies less than width {1} at depth 10")
    @CsvSource({"3, 2", "4, 3", "8, 4"})
    void widerNetworksDieLess(int wider, int narrower) {
        double wide = BornDead.estimate(new BornDeadConfig(wider, 10, 2000, 3)).probability(10);
        double narrow = BornDead.estimate(new BornDeadConfig(narrower, 10, 2000, 3)).probability(10);
        assertThat(wide).isLessThan(narrow);
    }

    @Test
    void sameSeedSameCurve() {
        BornDeadConfig config = new BornDeadConfig(3, 20, 500, 11);
        BornDeadCurve a = BornDead.estimate(config);
        BornDeadCurve b = BornDead.estimate(config);
        for (int depth = 1; depth <= 20; depth++) {
            assertThat(a.probability(depth)).isEqualTo(b.probability(depth));
        }
    }

    @Test
    void standardErrorIsBinomial() {
        BornDeadCurve curve = BornDead.estimate(new BornDeadConfig(2, 5, 1000, 5));
        double p = curve.probability(3);
        assertThat(curve.standardError(3)).isEqualTo(Math.sqrt(p * (1 - p) / 1000));
        assertThatThrownBy(() -> curve.probability(6)).hasMessage("the depth must be from 1 to 5, got 6");
    }

    @ParameterizedTest(name = "width {0}, depth {1}, trials {2}")
    @CsvSource(delimiter = ';', value = {
            "0;  10; 100;    the width must be an integer from 1 to 16, got 0",
            "17; 10; 100;    the width must be an integer from 1 to 16, got 17",
            "2;  0;  100;    the depth must be an integer from 1 to 100, got 0",
            "2;  101; 100;   the depth must be an integer from 1 to 100, got 101",
            "2;  10; 9;      the number of trials must be an integer from 10 to 20000, got 9",
            "2;  10; 20001;  the number of trials must be an integer from 10 to 20000, got 20001"})
    void rejectsSizesOutOfRange(int width, int depth, int trials, String message) {
        assertThatThrownBy(() -> new BornDeadConfig(width, depth, trials, 1)).hasMessage(message);
    }
}
