package org.activationlab.nn;

/**
 * The gradient of one layer's weights and biases from its dL/dz and its inputs, allocation-free.
 *
 * <p>dL/dW[j][m] = sum over points i, in order, of dz_j[i] in_m[i], and dL/db_j = the same sum
 * with an input of 1 at every point (column {@code inputs} of the layer stands for the bias;
 * multiplying by 1 is exact, so that sum is the plain sum of dz_j). Every sum starts at 0 and
 * adds its terms point by point, as a plain loop does; only the number of sums carried through
 * one loop over the points changes. Blocks of four rows by four weight columns carry sixteen
 * independent sums (each loaded dz and input value feeds four of them, and the adder never
 * waits on one sum); the remaining columns of a row block, the bias included, go in blocks of
 * two; rows left over go one at a time, four columns at once. A block that runs past the last
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
            int m = 0;
            for (; m + 4 <= s.inputs(); m += 4) {
                fourRowsFourColumns(s, dz, in, n, j, m, grad);
            }
            for (; m < columns; m += 2) {
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

    /** Weight columns m to m + 3 only, so that every input comes from one array. */
    private static void fourRowsFourColumns(LayerShape s, double[] dz, double[] in, int n, int j, int m,
                                            double[] grad) {
        int o0 = m * n;
        int o1 = o0 + n;
        int o2 = o1 + n;
        int o3 = o2 + n;
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
        double c0 = 0;
        double c1 = 0;
        double c2 = 0;
        double c3 = 0;
        double d0 = 0;
        double d1 = 0;
        double d2 = 0;
        double d3 = 0;
        for (int i = 0; i < n; i++) {
            double g0 = dz[z0 + i];
            double g1 = dz[z1 + i];
            double g2 = dz[z2 + i];
            double g3 = dz[z3 + i];
            double x = in[o0 + i];
            a0 += g0 * x;
            a1 += g1 * x;
            a2 += g2 * x;
            a3 += g3 * x;
            x = in[o1 + i];
            b0 += g0 * x;
            b1 += g1 * x;
            b2 += g2 * x;
            b3 += g3 * x;
            x = in[o2 + i];
            c0 += g0 * x;
            c1 += g1 * x;
            c2 += g2 * x;
            c3 += g3 * x;
            x = in[o3 + i];
            d0 += g0 * x;
            d1 += g1 * x;
            d2 += g2 * x;
            d3 += g3 * x;
        }
        store(s, j, m, a0, a1, a2, a3, grad);
        store(s, j, m + 1, b0, b1, b2, b3, grad);
        store(s, j, m + 2, c0, c1, c2, c3, grad);
        store(s, j, m + 3, d0, d1, d2, d3, grad);
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
        store(s, j, ma, a0, a1, a2, a3, grad);
        store(s, j, mb, b0, b1, b2, b3, grad);
    }

    /** Stores the sums of column {@code m} for rows j to j + 3. */
    private static void store(LayerShape s, int j, int m, double r0, double r1, double r2, double r3, double[] grad) {
        grad[index(s, j, m)] = r0;
        grad[index(s, j + 1, m)] = r1;
        grad[index(s, j + 2, m)] = r2;
        grad[index(s, j + 3, m)] = r3;
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
