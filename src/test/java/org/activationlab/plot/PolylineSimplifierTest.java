package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PolylineSimplifierTest {

    @Test
    void aStraightLineKeepsOnlyItsEnds() {
        double[] xs = new double[100];
        double[] ys = new double[100];
        for (int i = 0; i < 100; i++) {
            xs[i] = i;
            ys[i] = 2 * i + 1;
        }
        boolean[] keep = new boolean[100];
        PolylineSimplifier.simplify(xs, ys, 0, 99, 0.05, keep);
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        assertThat(kept).isEqualTo(2);
        assertThat(keep[0]).isTrue();
        assertThat(keep[99]).isTrue();
    }

    @Test
    void aCornerIsKept() {
        double[] xs = {0, 1, 2, 3, 4};
        double[] ys = {0, 0, 0, 1, 2};
        boolean[] keep = new boolean[5];
        PolylineSimplifier.simplify(xs, ys, 0, 4, 0.05, keep);
        assertThat(keep).containsExactly(true, false, true, false, true);
    }

    /** Every dropped point lies within the tolerance of the segment between the kept points around it. */
    @Property
    void droppedPointsLieWithinTheTolerance(@ForAll @IntRange(min = 3, max = 300) int n,
                                            @ForAll @DoubleRange(min = 0.1, max = 20) double frequency) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i * 3.0;
            ys[i] = 100 * Math.sin(i * frequency / n);
        }
        double tolerance = 0.05;
        boolean[] keep = new boolean[n];
        PolylineSimplifier.simplify(xs, ys, 0, n - 1, tolerance, keep);
        int previous = 0;
        for (int i = 1; i < n; i++) {
            if (!keep[i]) {
                continue;
            }
            for (int j = previous + 1; j < i; j++) {
                assertThat(distance(xs[j], ys[j], xs[previous], ys[previous], xs[i], ys[i])).isLessThanOrEqualTo(tolerance);
            }
            previous = i;
        }
    }

    /** The same for wandering paths that turn back on themselves, with repeated and very close points. */
    @Property
    void droppedPointsOfRandomWalksLieWithinTheTolerance(@ForAll long seed, @ForAll @IntRange(min = 3, max = 300) int n,
                                                        @ForAll @DoubleRange(min = 0.01, max = 2) double step) {
        java.util.Random random = new java.util.Random(seed);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 1; i < n; i++) {
            boolean repeat = random.nextInt(10) == 0;
            xs[i] = xs[i - 1] + (repeat ? 0 : step * random.nextGaussian());
            ys[i] = ys[i - 1] + (repeat ? 0 : step * random.nextGaussian());
        }
        double tolerance = 0.05;
        boolean[] keep = new boolean[n];
        PolylineSimplifier.simplify(xs, ys, 0, n - 1, tolerance, keep);
        assertThat(keep[0]).isTrue();
        assertThat(keep[n - 1]).isTrue();
        int previous = 0;
        for (int i = 1; i < n; i++) {
            if (!keep[i]) {
                continue;
            }
            for (int j = previous + 1; j < i; j++) {
                assertThat(distance(xs[j], ys[j], xs[previous], ys[previous], xs[i], ys[i]))
                        .isLessThanOrEqualTo(tolerance * (1 + 1e-9));
            }
            previous = i;
        }
    }

    private static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }
}
