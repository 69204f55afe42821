package org.activationlab.nn;

/**
 * Weighted sums of feature-major rows, point by point, allocation-free: the inner kernel of a
 * layer's pre-activations z_j = (W[j][0] x_0 + ... + W[j][last] x_last) + b_j and of the input
 * gradient dL/dx_m = W[0][m] dz_0 + ... + W[last][m] dz_last ({@link Propagation}).
 *
 * <p>Every sum is taken left to right, term by term, as a plain loop over the terms would: the
 * result has the same bits however the work is cut. The terms are cut into passes of at most four
 * over the output row, (((out + t_k) + t_(k+1)) + t_(k+2)) + t_(k+3), so that each pass loads and
 * stores the output once for four products. The first pass starts from -0.0, the identity of IEEE
 * addition (-0.0 + t = t for every t, -0.0 included), so it loads nothing. A bias is the last
 * term, b times a row of ones: b * 1 = b exactly, so (sum + b * 1) = sum + b.
 *
 * <p>Why the copies: HotSpot's C2 (Java 17) vectorises a loop over several arrays only when all of
 * them are indexed alike; rows at different offsets of one flat buffer ({@code src[k * n + i]},
 * {@code out[j * n + i]}) keep the loop scalar, about five times slower here. So a layer's source
 * rows are first copied once into rows of their own, each sum is built in a row of its own, and
 * copied into place: all of it exact.
 */
final class WeightedSum {
    /** Terms per pass over the output. */
    private static final int PASS = 4;

    private WeightedSum() {
    }

    /**
     * For every output row r &lt; {@code outRows} and point i &lt; n: out[r * n + i] =
     * c_r0 src_0[i] + c_r1 src_1[i] + ... + c_r(count-1) src_(count-1)[i] (+ c[bias + r]), summed left
     * to right, where c_rk = {@code c[first + r * rowStep + k * termStep]} and src_k[i] = {@code src[k * n + i]}.
     *
     * @param bias the index in {@code c} of row 0's bias (row r's is at bias + r), or -1 for sums without one
     * @param w the buffers of the pass: its {@link Workspace#rowCopies} (at least {@code count} rows),
     *        {@link Workspace#sum} and {@link Workspace#ones}, all of {@code w.size} = n points
     */
    static void compute(double[] c, int first, int rowStep, int termStep, int outRows, int count, double[] src,
                        int bias, Workspace w, double[] out) {
        int n = w.size;
        double[][] rows = w.rowCopies;
        for (int k = 0; k < count; k++) {
            System.arraycopy(src, k * n, rows[k], 0, n);
        }
        double[] sum = w.sum;
        int terms = count + (bias >= 0 ? 1 : 0);
        int passes = (terms + PASS - 1) / PASS;
        for (int r = 0; r < outRows; r++) {
            int c0 = first + r * rowStep;
            int k = 0;
            for (int p = 0; p < passes; p++) {
                int size = Math.min(PASS, terms - k);
                pass(p == 0, sum, n, c, c0, termStep, count, bias < 0 ? -1 : bias + r, rows, w.ones, k, size);
                k += size;
            }
            System.arraycopy(sum, 0, out, r * n, n);
        }
    }

    /** Adds terms k to k + size - 1 (1 to 4 of them) to {@code sum}, or starts it with them when {@code first}. */
    private static void pass(boolean first, double[] sum, int n, double[] c, int c0, int termStep, int count,
                             int bias, double[][] rows, double[] ones, int k, int size) {
        double ca = coefficient(c, c0, termStep, count, bias, k);
        double[] sa = k < count ? rows[k] : ones;
        if (size == 1) {
            one(first, sum, n, ca, sa);
            return;
        }
        double cb = coefficient(c, c0, termStep, count, bias, k + 1);
        double[] sb = k + 1 < count ? rows[k + 1] : ones;
        if (size == 2) {
            two(first, sum, n, ca, sa, cb, sb);
            return;
        }
        double cc = coefficient(c, c0, termStep, count, bias, k + 2);
        double[] sc = k + 2 < count ? rows[k + 2] : ones;
        if (size == 3) {
            three(first, sum, n, ca, sa, cb, sb, cc, sc);
            return;
        }
        four(first, sum, n, ca, sa, cb, sb, cc, sc, coefficient(c, c0, termStep, count, bias, k + 3),
                k + 3 < count ? rows[k + 3] : ones);
    }

    /** The coefficient of term k: a weight, or the bias after the {@code count} weights. */
    private static double coefficient(double[] c, int c0, int termStep, int count, int bias, int k) {
        return k < count ? c[c0 + k * termStep] : c[bias];
    }

    private static void one(boolean first, double[] sum, int n, double ca, double[] sa) {
        for (int i = 0; i < n; i++) {
            double s = first ? -0.0 : sum[i];
            sum[i] = s + ca * sa[i];
        }
    }

    private static void two(boolean first, double[] sum, int n, double ca, double[] sa, double cb, double[] sb) {
        for (int i = 0; i < n; i++) {
            double s = first ? -0.0 : sum[i];
            sum[i] = (s + ca * sa[i]) + cb * sb[i];
        }
    }

    private static void three(boolean first, double[] sum, int n, double ca, double[] sa, double cb, double[] sb,
                              double cc, double[] sc) {
        for (int i = 0; i < n; i++) {
            double s = first ? -0.0 : sum[i];
            sum[i] = ((s + ca * sa[i]) + cb * sb[i]) + cc * sc[i];
        }
    }

    private static void four(boolean first, double[] sum, int n, double ca, double[] sa, double cb, double[] sb,
                             double cc, double[] sc, double cd, double[] sd) {
        for (int i = 0; i < n; i++) {
            double s = first ? -0.0 : sum[i];
            sum[i] = (((s + ca * sa[i]) + cb * sb[i]) + cc * sc[i]) + cd * sd[i];
        }
    }
}
