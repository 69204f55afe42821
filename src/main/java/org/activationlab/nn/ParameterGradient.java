package org.activationlab.nn;

/**
 * The gradient of one layer's weights and biases from its dL/dz and its inputs, allocation-free.
 *
 * <p>dL/dW[j][m] = sum over points i, in order, of dz_j[i] in_m[i], and dL/db_j = the same sum
 * with an input of 1 at every point (column {@code inputs} of the layer stands for the bias;
 * multiplying by 1 is exact, so that sum is the plain sum of dz_j). Every sum starts at 0 and
 * adds its terms point by point, as a plain loop does; only the number of sums carried through
 * one loop over the points changes. Blocks of four rows by two columns carry eight independent
 * sums, so each loaded dz and input value feeds several of them and the adder never waits on
 * one sum; rows left over go one at a time with four columns. A block that runs past the last
 * column repeats it, computing that sum twice and storing the same value twice.
 */
final class ParameterGradient {
    private ParameterGradient() {
    }

    /**
     * Writes dL/dW and dL/db of layer {@code s} into {@code grad} at the layer's offsets.
     *
     * @param dz dL/dz, feature-major, {@code s.rows() x n}
     * @param in the layer's inputs, feature-major, {@code s.inputs() x n}
     * @param ones at least {@code n} ones (the bias column)
     */
    static void compute(LayerShape s, double[] dz, double[] in, double[] ones, int n, double[] grad) {
        int columns = s.inputs() + 1;
        int j = 0;
        for (; j + 4 <= s.rows(); j += 4) {
            for (int m = 0; m < columns; m += 2) {
                fourRowsTwoColumns(s, dz, in, ones, n, j, m, Math.min(m + 1, columns - 1), grad);
            }
        }
        for (; j < s.rows(); j++) {
            for (int m = 0; m < columns; m += 4) {
                int last = columns - 1;
                oneRowFourColumns(s, dz, in, ones, n, j, m, Math.min(m + 1, last), Math.min(m + 2, last),
                        Math.min(m + 3, last), grad);
            }
        }
    }

    private static void fourRowsTwoColumns(LayerShape s, double[] dz, double[] in, double[] ones, int n, int j,
                                           int ma, int mb, double[] grad) {
        double[] xa = column(s, in, ones, ma);
        double[] xb = column(s, in, ones, mb);
        int oa = offset(s, ma, n);
        int ob = offset(s, mb, n);
        int z0 = j * n;
        int z1 = z0 + n;
        int z2 = z1 + n;
        int z3 = z2 + n;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double b3 = 0;
        for (int i = 0; i < n; i++) {
            double x = xa[oa + i];
            double y = xb[ob + i];
            double g0 = dz[z0 + i];
            double g1 = dz[z1 + i];
            double g2 = dz[z2 + i];
            double g3 = dz[z3 + i];
            a0 += g0 * x;
            a1 += g1 * x;
            a2 += g2 * x;
            a3 += g3 * x;
            b0 += g0 * y;
            b1 += g1 * y;
            b2 += g2 * y;
            b3 += g3 * y;
        }
        grad[index(s, j, ma)] = a0;
        grad[index(s, j + 1, ma)] = a1;
        grad[index(s, j + 2, ma)] = a2;
        grad[index(s, j + 3, ma)] = a3;
        grad[index(s, j, mb)] = b0;
        grad[index(s, j + 1, mb)] = b1;
        grad[index(s, j + 2, mb)] = b2;
        grad[index(s, j + 3, mb)] = b3;
    }

    private static void oneRowFourColumns(LayerShape s, double[] dz, double[] in, double[] ones, int n, int j,
                                          int m0, int m1, int m2, int m3, double[] grad) {
        double[] x0 = column(s, in, ones, m0);
        double[] x1 = column(s, in, ones, m1);
        double[] x2 = column(s, in, ones, m2);
        double[] x3 = column(s, in, ones, m3);
        int o0 = offset(s, m0, n);
        int o1 = offset(s, m1, n);
        int o2 = offset(s, m2, n);
        int o3 = offset(s, m3, n);
        int zo = j * n;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = 0; i < n; i++) {
            double g = dz[zo + i];
            s0 += g * x0[o0 + i];
            s1 += g * x1[o1 + i];
            s2 += g * x2[o2 + i];
            s3 += g * x3[o3 + i];
        }
        grad[index(s, j, m0)] = s0;
        grad[index(s, j, m1)] = s1;
        grad[index(s, j, m2)] = s2;
        grad[index(s, j, m3)] = s3;
    }

    /** The array holding column {@code m}: the inputs, or the ones for the bias column. */
    private static double[] column(LayerShape s, double[] in, double[] ones, int m) {
        return m < s.inputs() ? in : ones;
    }

    /** Where column {@code m} starts in its array. */
    private static int offset(LayerShape s, int m, int n) {
        return m < s.inputs() ? m * n : 0;
    }

    /** The parameter index of the weight in row {@code row}, column {@code m}, or of the row's bias. */
    private static int index(LayerShape s, int row, int m) {
        return m < s.inputs() ? s.weightOffset() + row * s.inputs() + m : s.biasOffset() + row;
    }
}
