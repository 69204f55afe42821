package org.activationlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Maxout of k linear pieces, seen as a function of one input.
 *
 * <p>f(x) = max_i (w_i x + b_i), i = 1..k; f'(x) = w_j for the winning piece j, the first piece
 * attaining the maximum at a tie (torch.max over the pieces returns the first maximal index and
 * sends the gradient there). Parameters: k, an integer from 1 to 8 (default 2), and w_i, b_i, any
 * finite numbers. The default pieces (1, 0) and (0, 0) give exactly ReLU's values; two pieces
 * (-1, 0), (1, 0) give |x|. Maxout generalises ReLU and leaky ReLU at the price of k sets of
 * weights (source text, sections 4 and 6, property 8). Convex and piecewise linear.
 * Goodfellow, Warde-Farley, Mirza, Courville &amp; Bengio (2013). Maxout networks.
 */
final class Maxout extends AbstractActivation {
    /** The most pieces the editor and the model allow. */
    static final int MAX_PIECES = 8;
    private static final Parameter K = new Parameter("k", "parameter.maxout.k", 2,
            Domain.integers(1, MAX_PIECES), 1, MAX_PIECES);

    private static final String SLOPE = "w";
    private static final String INTERCEPT = "b";

    private final int k;
    private final LinearPieces pieces;

    Maxout() {
        this(new double[] {2, 1, 0, 0, 0});
    }

    /** {@code values} = k, w1, b1, ..., wk, bk. */
    private Maxout(double[] values) {
        super(new ActivationInfo("maxout", "f(x) = max_i (w_i * x + b_i), i = 1..k",
                "f(x) = \\max_{i = 1}^{k} \\left(w_i\\,x + b_i\\right)",
                "f'(x) = w_j,\\quad j = \\arg\\max_i \\left(w_i\\,x + b_i\\right)",
                "Goodfellow, I. J., Warde-Farley, D., Mirza, M., Courville, A., Bengio, Y. (2013). Maxout networks. ICML."),
                parametersFor((int) values[0]), values);
        this.k = (int) values[0];
        double[] slopes = new double[k];
        double[] intercepts = new double[k];
        for (int i = 0; i < k; i++) {
            slopes[i] = values[1 + 2 * i];
            intercepts[i] = values[2 + 2 * i];
        }
        this.pieces = new LinearPieces(K.key(), SLOPE, INTERCEPT, slopes, intercepts);
    }

    private static List<Parameter> parametersFor(int k) {
        List<Parameter> list = new ArrayList<>();
        list.add(K);
        for (int i = 1; i <= k; i++) {
            list.add(new Parameter(SLOPE + i, "parameter.maxout.w", List.of(i), 0, Domain.ANY_FINITE, -3, 3));
            list.add(new Parameter(INTERCEPT + i, "parameter.maxout.b", List.of(i), 0, Domain.ANY_FINITE, -3, 3));
        }
        return list;
    }

    @Override
    public Optional<LinearPieces> linearPieces() {
        return Optional.of(pieces);
    }

    private double slope(int i) {
        return pieces.slope(i);
    }

    private double intercept(int i) {
        return pieces.intercept(i);
    }

    @Override
    public Activation with(String key, double value) {
        if (!K.key().equals(key)) {
            return super.with(key, value);
        }
        int newK = (int) K.validate(name(), value);
        double[] values = new double[1 + 2 * newK];
        values[0] = newK;
        System.arraycopy(p, 1, values, 1, 2 * Math.min(k, newK));
        return new Maxout(values);
    }

    /** Applies k first, so that {@code w3} may be set together with {@code k = 3} in any order. */
    @Override
    public Activation with(Map<String, Double> values) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        if (values.containsKey(K.key())) {
            ordered.put(K.key(), values.get(K.key()));
        }
        ordered.putAll(values);
        Activation result = this;
        for (Map.Entry<String, Double> e : ordered.entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }

    @Override
    protected Activation withValues(double[] values) {
        return new Maxout(values);
    }

    @Override
    public double value(double x) {
        return pieces.value(pieces.winner(x), x);
    }

    @Override
    public double derivative(double x) {
        return slope(pieces.winner(x));
    }

    /**
     * The points where the winning slope changes: among all pairwise intersections
     * x = (b_j - b_i) / (w_i - w_j), those where the pieces tied at the maximum have different
     * slopes. Both are computed on the pieces divided by a common power of two that brings the
     * largest |w_i|, |b_i| near 1 (exact, and the same lines): the differences of parameters near
     * +-1e308 would overflow, and w_i x + b_i too (w1 = b1 = 1e308, w2 = b2 = -1e308 cross at -1).
     */
    @Override
    public List<Double> kinks() {
        double[] w = new double[k];
        double[] b = new double[k];
        scaled(w, b);
        TreeSet<Double> kinks = new TreeSet<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double dw = w[i] - w[j];
                if (dw == 0) {
                    continue;
                }
                double c = (b[j] - b[i]) / dw;
                if (Double.isFinite(c) && slopesDifferAmongWinners(w, b, c)) {
                    kinks.add(c == 0 ? 0.0 : c);
                }
            }
        }
        return List.copyOf(kinks);
    }

    /** Fills {@code w} and {@code b} with the slopes and intercepts times 2^-e, |w_i|, |b_i| &lt; 1. */
    private void scaled(double[] w, double[] b) {
        double largest = 0;
        for (int i = 0; i < k; i++) {
            largest = Math.max(largest, Math.max(Math.abs(slope(i)), Math.abs(intercept(i))));
        }
        int exponent = largest == 0 ? 0 : Math.getExponent(largest) + 1;
        for (int i = 0; i < k; i++) {
            w[i] = Math.scalb(slope(i), -exponent);
            b[i] = Math.scalb(intercept(i), -exponent);
        }
    }

    private boolean slopesDifferAmongWinners(double[] w, double[] b, double c) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            max = Math.max(max, w[i] * c + b[i]);
        }
        double tolerance = 1e-12 * (1 + Math.abs(max));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            if (max - (w[i] * c + b[i]) <= tolerance) {
                lo = Math.min(lo, w[i]);
                hi = Math.max(hi, w[i]);
            }
        }
        return hi > lo;
    }
}
