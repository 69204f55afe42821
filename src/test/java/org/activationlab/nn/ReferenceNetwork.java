package org.activationlab.nn;

import org.activationlab.model.Activation;

/**
 * An independent, deliberately plain evaluation of a network's mean loss from its public
 * weights, point by point with {@link Activation#value} (a gated unit: a g(b) with a from row u and
 * b from row units + u), for checking the trainer's fast
 * kernels and its gradients by finite differences.
 */
final class ReferenceNetwork {
    private ReferenceNetwork() {
    }

    /** The mean training loss (BCE from logits, or MSE) of {@code weights} on {@code data}. */
    static double loss(NetworkWeights weights, Dataset data) {
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            double out = output(weights, data, i);
            double y = data.target(i);
            if (data.type() == ProblemType.CLASSIFICATION) {
                double p = 1 / (1 + Math.exp(-out));
                sum += -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
            } else {
                sum += (out - y) * (out - y);
            }
        }
        return sum / data.size();
    }

    /** The output (logit or regression value) for point {@code i}. */
    static double output(NetworkWeights weights, Dataset data, int i) {
        return forward(weights, data, i, new double[] {Double.POSITIVE_INFINITY});
    }

    /** The smallest distance from any hidden pre-activation to a point where the network is not differentiable. */
    static double kinkMargin(NetworkWeights weights, Dataset data) {
        double[] margin = {Double.POSITIVE_INFINITY};
        for (int i = 0; i < data.size(); i++) {
            forward(weights, data, i, margin);
        }
        return margin[0];
    }

    /** The output for point {@code i}; lowers {@code margin[0]} to the distance of any pre-activation from a kink. */
    private static double forward(NetworkWeights weights, Dataset data, int i, double[] margin) {
        double[] a = new double[data.type().inputs()];
        for (int f = 0; f < a.length; f++) {
            a[f] = data.input(i, f);
        }
        for (int l = 0; l < weights.layerCount(); l++) {
            LayerShape s = weights.layer(l);
            double[][] w = weights.weights(l);
            double[] b = weights.bias(l);
            double[] z = new double[s.rows()];
            for (int r = 0; r < s.rows(); r++) {
                z[r] = b[r];
                for (int m = 0; m < s.inputs(); m++) {
                    z[r] += w[r][m] * a[m];
                }
            }
            a = new double[s.units()];
            for (int u = 0; u < s.units(); u++) {
                UnitKind kind = s.unitKind();
                if (l == weights.layerCount() - 1) {
                    a[u] = z[u];
                } else if (kind instanceof GatedUnits gated) {
                    Activation g = gated.gate().gate();
                    double gateInput = z[s.units() + u];
                    for (double kink : g.kinks()) {
                        margin[0] = Math.min(margin[0], Math.abs(gateInput - kink));
                    }
                    a[u] = z[u] * g.value(gateInput);
                } else if (kind instanceof MaxoutUnits) {
                    a[u] = maxWithMargin(z, u * s.rowsPerUnit(), s.rowsPerUnit(), margin);
                } else if (kind instanceof PreluUnits) {
                    margin[0] = Math.min(margin[0], Math.abs(z[u]));
                    a[u] = z[u] > 0 ? z[u] : weights.alpha(l) * z[u];
                } else {
                    for (double kink : s.activation().kinks()) {
                        margin[0] = Math.min(margin[0], Math.abs(z[u] - kink));
                    }
                    a[u] = s.activation().value(z[u]);
                }
            }
        }
        return a[0];
    }

    /** The largest of {@code pieces} values from {@code from}, lowering the margin to its lead over the runner-up. */
    private static double maxWithMargin(double[] z, int from, int pieces, double[] margin) {
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int j = from; j < from + pieces; j++) {
            if (z[j] > best) {
                second = best;
                best = z[j];
            } else if (z[j] > second) {
                second = z[j];
            }
        }
        margin[0] = Math.min(margin[0], best - second);
        return best;
    }

    /** The gradient of {@link #loss} by central differences with step {@code h}, in the flat parameter order. */
    static double[] numericalGradient(NetworkWeights weights, Dataset data, double h) {
        double[] p = weights.parameters();
        double[] g = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            double saved = p[k];
            p[k] = saved + h;
            double plus = loss(withParameters(weights, p), data);
            p[k] = saved - h;
            double minus = loss(withParameters(weights, p), data);
            p[k] = saved;
            g[k] = (plus - minus) / (2 * h);
        }
        return g;
    }

    /** The same network with other parameter values (flat order). */
    static NetworkWeights withParameters(NetworkWeights weights, double[] parameters) {
        return new NetworkWeights(weights.spec(), Layout.of(weights.spec()), parameters);
    }
}
