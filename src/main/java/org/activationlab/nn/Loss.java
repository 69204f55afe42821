package org.activationlab.nn;

/**
 * The training objectives, as PyTorch computes them with {@code reduction='mean'}.
 * <ul>
 *   <li>Classification, {@code BCEWithLogitsLoss}: for a logit o and label y,
 *       l = max(o, 0) - o y + log(1 + exp(-|o|)), which equals
 *       -[y log sigmoid(o) + (1 - y) log(1 - sigmoid(o))] but never overflows, so the loss stays
 *       finite however saturated the output; dL/do = (sigmoid(o) - y) / N.</li>
 *   <li>Regression, {@code MSELoss}: l = (o - y)^2; dL/do = (2 / N) (o - y).</li>
 * </ul>
 * A classification point counts as correct when the logit's side (o &gt; 0 predicts 1,
 * i.e. sigmoid(o) &gt; 0.5) matches its label.
 */
final class Loss {
    private Loss() {
    }

    /** The mean loss of {@code n} outputs against their targets; writes dL/d(out) of each output into {@code gradient}. */
    static double mean(ProblemType type, double[] out, double[] targets, int n, double[] gradient) {
        return type == ProblemType.CLASSIFICATION
                ? binaryCrossEntropy(out, targets, n, gradient)
                : squaredError(out, targets, n, gradient);
    }

    /**
     * In three passes (the gradient array holds e = exp(-|o|) until the last one), so that the
     * loop of divisions runs without calls to exp and log1p in it.
     */
    private static double binaryCrossEntropy(double[] logits, double[] labels, int n, double[] gradient) {
        for (int i = 0; i < n; i++) {
            gradient[i] = Math.exp(-Math.abs(logits[i]));
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double o = logits[i];
            sum += Math.max(o, 0) - o * labels[i] + Math.log1p(gradient[i]);
        }
        for (int i = 0; i < n; i++) {
            gradient[i] = (sigmoid(logits[i], gradient[i]) - labels[i]) / n;
        }
        return sum / n;
    }

    private static double squaredError(double[] out, double[] targets, int n, double[] gradient) {
        double sum = 0;
        double scale = 2.0 / n;
        for (int i = 0; i < n; i++) {
            double diff = out[i] - targets[i];
            sum += diff * diff;
            gradient[i] = scale * diff;
        }
        return sum / n;
    }

    /** The fraction of logits on the side of their label. */
    static double accuracy(double[] logits, double[] labels, int n) {
        int correct = 0;
        for (int i = 0; i < n; i++) {
            if ((logits[i] > 0 ? 1 : 0) == labels[i]) {
                correct++;
            }
        }
        return (double) correct / n;
    }

    /** The logistic sigmoid, computed without overflow. */
    static double sigmoid(double o) {
        return sigmoid(o, Math.exp(-Math.abs(o)));
    }

    /** The sigmoid of {@code o} given {@code e = exp(-|o|)}. */
    private static double sigmoid(double o, double e) {
        return o >= 0 ? 1 / (1 + e) : e / (1 + e);
    }
}
