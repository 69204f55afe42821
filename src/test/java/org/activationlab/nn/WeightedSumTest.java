package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link WeightedSum} cuts its sums into passes over copied rows; every sum must still have the
 * bits of the plain loop, (((w_0 x_0 + w_1 x_1) + ...) + w_last x_last) + b, for any number of
 * terms (one pass or several, with a last pass of one to four terms), with and without a bias, at
 * zeros of either sign and with infinities and NaN among the inputs.
 */
class WeightedSumTest {
    private static final double[] SPECIAL = {-0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, 1e308, -1e-310};

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 3", "3, 8", "4, 5", "5, 2", "8, 8", "9, 4", "12, 1"})
    void sumsHaveTheBitsOfThePlainLoop(int inputs, int rows) {
        int n = 37;
        double[] p = new double[rows * inputs + rows];
        double[] x = new double[inputs * n];
        Rng random = Rng.stream(inputs * 100L + rows, 0);
        for (int i = 0; i < p.length; i++) {
            p[i] = i % 7 == 3 ? -0.0 : random.nextDouble() * 4 - 2;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 11 == 5 ? SPECIAL[i % SPECIAL.length] : random.nextDouble() * 10 - 5;
        }
        Workspace w = new Workspace(layout(inputs, rows), n);
        double[] z = new double[rows * n];
        WeightedSum.compute(p, 0, inputs, 1, rows, inputs, x, rows * inputs, w, z);
        double[] din = new double[inputs * n];
        WeightedSum.compute(p, 0, 1, inputs, inputs, rows, z, -1, w, din);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < rows; j++) {
                double sum = p[j * inputs] * x[i];
                for (int m = 1; m < inputs; m++) {
                    sum += p[j * inputs + m] * x[m * n + i];
                }
                sum += p[rows * inputs + j];
                assertSameBits(z[j * n + i], sum, "z[" + j + "][" + i + "]");
            }
            for (int m = 0; m < inputs; m++) {
                double sum = p[m] * z[i];
                for (int j = 1; j < rows; j++) {
                    sum += p[j * inputs + m] * z[j * n + i];
                }
                assertSameBits(din[m * n + i], sum, "din[" + m + "][" + i + "]");
            }
        }
    }

    /** A regression network whose layers are as wide as {@code inputs} and {@code rows}, so the workspace has room. */
    private static Layout layout(int inputs, int rows) {
        return Layout.of(new NetworkSpec(ProblemType.REGRESSION, List.of(Math.max(inputs, rows)),
                List.of(ActivationSpec.of("relu"))));
    }

    private static void assertSameBits(double actual, double expected, String what) {
        assertThat(Double.doubleToRawLongBits(actual)).as("%s: %s, expected %s", what, actual, expected)
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }
}
