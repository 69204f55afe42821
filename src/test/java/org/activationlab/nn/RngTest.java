package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RngTest {

    @Test
    void aSeedFixesTheSequenceAndStreamsAreIndependent() {
        assertThat(new Rng(3).nextLong()).isEqualTo(new Rng(3).nextLong());
        assertThat(Rng.stream(3, 1).nextLong()).isNotEqualTo(Rng.stream(3, 2).nextLong());
        assertThat(Rng.stream(3, 1).nextLong()).isNotEqualTo(Rng.stream(4, 1).nextLong());
    }

    /** SplitMix64's published first output for seed 0 (Steele, Lea and Flood 2014; also Java's SplittableRandom). */
    @Test
    void matchesTheReferenceSplitMix64Sequence() {
        Rng rng = new Rng(0);
        assertThat(rng.nextLong()).isEqualTo(0xe220a8397b1dcdafL);
        assertThat(rng.nextLong()).isEqualTo(0x6e789e6aa1b965f4L);
    }

    @Property
    void doublesLieInTheUnitInterval(@ForAll long seed) {
        Rng rng = new Rng(seed);
        for (int i = 0; i < 100; i++) {
            assertThat(rng.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
        }
    }

    @Property
    void intsLieBelowTheirBound(@ForAll long seed, @ForAll @IntRange(min = 1) int bound) {
        Rng rng = new Rng(seed);
        for (int i = 0; i < 20; i++) {
            assertThat(rng.nextInt(bound)).isGreaterThanOrEqualTo(0).isLessThan(bound);
        }
    }

    @Property(tries = 100)
    void shufflingPermutes(@ForAll long seed, @ForAll @IntRange(min = 0, max = 50) int size) {
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            values[i] = i;
        }
        new Rng(seed).shuffle(values);
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < size; i++) {
            assertThat(sorted[i]).isEqualTo(i);
        }
    }

    @Test
    void gaussiansHaveUnitVariance() {
        Rng rng = new Rng(9);
        double sum = 0;
        double squares = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double g = rng.nextGaussian();
            sum += g;
            squares += g * g;
        }
        assertThat(sum / n).isCloseTo(0, within(0.01));
        assertThat(squares / n).isCloseTo(1, within(0.01));
    }
}
