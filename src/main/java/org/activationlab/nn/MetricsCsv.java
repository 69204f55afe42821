package org.activationlab.nn;

import java.io.IOException;

/**
 * Writes the metrics history as the {@code train} command's {@code metrics.csv}: one row per
 * step k = 0..N, the state after k updates. Columns:
 * <ul>
 *   <li>{@code step,loss}, then for classification {@code accuracy}, then {@code test_loss},
 *       then for classification {@code test_accuracy};</li>
 *   <li>per hidden layer n (1-based): {@code layerN_dead,layerN_saturated,layerN_preact_mean,
 *       layerN_preact_std,layerN_grad_norm,layerN_update_ratio}, and {@code layerN_alpha} for PReLU;</li>
 *   <li>{@code output_grad_norm,output_update_ratio}.</li>
 * </ul>
 * Numbers are written with {@link Double#toString(double)}; {@code NaN} marks what does not
 * exist (the update ratio at step 0, test metrics without test points).
 */
public final class MetricsCsv {
    private MetricsCsv() {
    }

    /** The header line, without the newline. */
    public static String header(NetworkWeights weights) {
        boolean classification = weights.spec().type() == ProblemType.CLASSIFICATION;
        StringBuilder sb = new StringBuilder("step,loss");
        sb.append(classification ? ",accuracy,test_loss,test_accuracy" : ",test_loss");
        for (int l = 0; l + 1 < weights.layerCount(); l++) {
            String p = ",layer" + (l + 1) + "_";
            sb.append(p).append("dead").append(p).append("saturated").append(p).append("preact_mean")
                    .append(p).append("preact_std").append(p).append("grad_norm").append(p).append("update_ratio");
            if (weights.layer(l).hasAlpha()) {
                sb.append(p).append("alpha");
            }
        }
        return sb.append(",output_grad_norm,output_update_ratio").toString();
    }

    /** Writes the header and every row of {@code snapshot}'s history, each line ending in {@code \n}. */
    public static void write(TrainingSnapshot snapshot, Appendable out) throws IOException {
        NetworkWeights weights = snapshot.weights();
        MetricsHistory h = snapshot.history();
        boolean classification = weights.spec().type() == ProblemType.CLASSIFICATION;
        int hidden = h.hiddenLayers();
        out.append(header(weights)).append('\n');
        for (int k = 0; k < h.size(); k++) {
            out.append(Integer.toString(k));
            value(h.loss(k), out);
            if (classification) {
                value(h.accuracy(k), out);
            }
            value(h.testLoss(k), out);
            if (classification) {
                value(h.testAccuracy(k), out);
            }
            for (int l = 0; l < hidden; l++) {
                value(h.deadFraction(l, k), out);
                value(h.saturatedFraction(l, k), out);
                value(h.preActivationMean(l, k), out);
                value(h.preActivationStd(l, k), out);
                value(h.gradientNorm(l, k), out);
                value(h.updateRatio(l, k), out);
                if (weights.layer(l).hasAlpha()) {
                    value(h.alpha(l, k), out);
                }
            }
            value(h.gradientNorm(hidden, k), out);
            value(h.updateRatio(hidden, k), out);
            out.append('\n');
        }
    }

    private static void value(double v, Appendable out) throws IOException {
        out.append(',').append(Double.toString(v));
    }
}
