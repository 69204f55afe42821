package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContoursTest {
    private static final double[] NODES = {0, 1, 2, 3};

    /** v(x, y) = f at the 4 x 4 nodes, row-major. */
    private static double[] grid(java.util.function.DoubleBinaryOperator f) {
        double[] v = new double[16];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                v[r * 4 + c] = f.applyAsDouble(NODES[c], NODES[r]);
            }
        }
        return v;
    }

    /** The segments as {x0, y0, x1, y1}, each checked to end in a NaN break. */
    private static List<double[]> segments(double[][] line) {
        List<double[]> out = new ArrayList<>();
        assertThat(line[0].length % 3).isZero();
        for (int i = 0; i < line[0].length; i += 3) {
            assertThat(line[0][i + 2]).isNaN();
            assertThat(line[1][i + 2]).isNaN();
            out.add(new double[] {line[0][i], line[1][i], line[0][i + 1], line[1][i + 1]});
        }
        return out;
    }

    @ParameterizedTest(name = "v = x at level {0}")
    @CsvSource({"0.5", "1.25", "2.9"})
    void aLinearFunctionHasAStraightContourAtTheInterpolatedPlace(double level) {
        List<double[]> s = segments(Contours.at(NODES, NODES, grid((x, y) -> x), level));
        assertThat(s).hasSize(3);
        for (double[] seg : s) {
            assertThat(seg[0]).isCloseTo(level, within(1e-12));
            assertThat(seg[2]).isCloseTo(level, within(1e-12));
            assertThat(Math.abs(seg[3] - seg[1])).isEqualTo(1.0);
        }
    }

    @Test
    void theContourOfAProductFollowsTheHyperbola() {
        double[] xs = new double[41];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 0.5 + i * 0.1;
        }
        double[] v = new double[xs.length * xs.length];
        for (int r = 0; r < xs.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                v[r * xs.length + c] = xs[c] * xs[r];
            }
        }
        List<double[]> s = segments(Contours.at(xs, xs, v, 4));
        assertThat(s).isNotEmpty();
        for (double[] seg : s) {
            assertThat(seg[0] * seg[1]).isCloseTo(4, within(0.01));
            assertThat(seg[2] * seg[3]).isCloseTo(4, within(0.01));
        }
    }

    @Test
    void aLevelOutsideTheValuesOrACellWithNaNHasNoLine() {
        assertThat(Contours.at(NODES, NODES, grid((x, y) -> x), 7)[0]).isEmpty();
        double[] v = grid((x, y) -> x);
        v[0] = Double.NaN;
        assertThat(segments(Contours.at(NODES, NODES, v, 0.5))).hasSize(2);
    }

    @Test
    void aSaddleIsResolvedByTheMeanOfItsCorners() {
        double[] two = {0, 1};
        // corners (0, 0) and (1, 1) are 1, corners (1, 0) and (0, 1) are 0; their mean is 0.5
        double[] saddle = {1, 0, 0, 1};
        // level 0.4: the centre is above, joins the high corners, and the lines cut off the low ones
        assertThat(segments(Contours.at(two, two, saddle, 0.4))).hasSize(2).allSatisfy(seg ->
                assertThat((seg[0] + seg[2]) / 2 + (seg[1] + seg[3]) / 2).isCloseTo(1, within(1e-12)));
        // level 0.6: the centre is below, joins the low corners, and the lines cut off the high ones
        assertThat(segments(Contours.at(two, two, saddle, 0.6))).hasSize(2).allSatisfy(seg ->
                assertThat((seg[0] + seg[2]) / 2).isCloseTo((seg[1] + seg[3]) / 2, within(1e-12)));
    }

    @Test
    void aGridTooSmallOrWithTheWrongNumberOfValuesIsRefused() {
        assertThatThrownBy(() -> Contours.at(new double[] {0}, NODES, new double[4], 0))
                .hasMessageContaining("at least 2 x 2");
        assertThatThrownBy(() -> Contours.at(NODES, NODES, new double[15], 0)).hasMessageContaining("15 values");
    }
}
