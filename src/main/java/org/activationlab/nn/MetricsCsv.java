package org.activationlab.nn;

import java.io.IOException;
import java.util.List;

/**
 * Writes a run's metrics as the {@code train} command's {@code metrics.csv}: one row per
 * step k = 0..N, the state after k updates. Columns:
 * <ul>
 *   <li>{@code step,loss}, then for classification {@code accuracy}, then {@code test_loss},
 *       then for classification {@code test_accuracy};</li>
 *   <li>per hidden layer n (1-based): {@code layerN_dead,layerN_saturated,layerN_preact_mean,
 *       layerN_preact_std,layerN_grad_norm,layerN_update_ratio}, and {@code layerN_alpha} for PReLU;</li>
 *   <li>{@code output_grad_norm,output_update_ratio};</li>
 *   <li>then, appended so that the columns before keep their places, {@code layerN_closed_gates}
 *       for each gated hidden layer n: the share of its units whose gate is closed
 *       ({@link UnitHealth#isClosed}). For a gated layer, {@code dead} and {@code saturated} judge
 *       both partials dh/da and dh/db (see {@link UnitHealth}).</li>
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
        sb.append(",output_grad_norm,output_update_ratio");
        for (int l = 0; l + 1 < weights.layerCount(); l++) {
            if (weights.layer(l).unitKind().gated()) {
                sb.append(",layer").append(l + 1).append("_closed_gates");
            }
        }
        return sb.toString();
    }

    /**
     * Trains {@code trainer} (fresh, at step 0) for up to {@code steps} steps, stopping after a step
     * that diverges, and writes the header and every row as it is made, each line ending in
     * {@code \n}: the rows stream to {@code out}, so a run of any length needs no more memory.
     * {@code changes} (in step order) are applied at their steps, to replay a run whose learning
     * rate or penalties were changed while it trained.
     *
     * @throws IllegalArgumentException if the trainer has already taken steps
     */
    public static void train(Trainer trainer, int steps, List<SettingChange> changes, Appendable out)
            throws IOException {
        if (trainer.steps() != 0) {
            throw new IllegalArgumentException("the metrics are written from step 0, but the run is at step "
                    + trainer.steps());
        }
        NetworkWeights weights = trainer.snapshot().weights();
        boolean classification = weights.spec().type() == ProblemType.CLASSIFICATION;
        boolean[] alpha = new boolean[weights.layerCount() - 1];
        boolean[] gated = new boolean[alpha.length];
        for (int l = 0; l < alpha.length; l++) {
            alpha[l] = weights.layer(l).hasAlpha();
            gated[l] = weights.layer(l).unitKind().gated();
        }
        out.append(header(weights)).append('\n');
        row(0, trainer.lastRow(), classification, alpha, gated, out);
        int next = 0;
        while (trainer.steps() < steps && trainer.status() == TrainingStatus.RUNNING) {
            while (next < changes.size() && changes.get(next).step() <= trainer.steps()) {
                changes.get(next++).applyTo(trainer);
            }
            trainer.step();
            row(trainer.steps(), trainer.lastRow(), classification, alpha, gated, out);
        }
    }

    private static void row(int step, double[] row, boolean classification, boolean[] alpha, boolean[] gated,
                            Appendable out) throws IOException {
        out.append(Integer.toString(step));
        value(row[MetricsHistory.LOSS], out);
        if (classification) {
            value(row[MetricsHistory.ACCURACY], out);
        }
        value(row[MetricsHistory.TEST_LOSS], out);
        if (classification) {
            value(row[MetricsHistory.TEST_ACCURACY], out);
        }
        int[] order = {MetricsHistory.DEAD, MetricsHistory.SATURATED, MetricsHistory.MEAN, MetricsHistory.STD,
            MetricsHistory.GRADIENT_NORM, MetricsHistory.UPDATE_RATIO};
        for (int l = 0; l < alpha.length; l++) {
            for (int metric : order) {
                value(row[MetricsHistory.layerColumn(l, metric)], out);
            }
            if (alpha[l]) {
                value(row[MetricsHistory.layerColumn(l, MetricsHistory.ALPHA)], out);
            }
        }
        value(row[MetricsHistory.outputColumn(alpha.length, MetricsHistory.GRADIENT_NORM)], out);
        value(row[MetricsHistory.outputColumn(alpha.length, MetricsHistory.UPDATE_RATIO)], out);
        for (int l = 0; l < gated.length; l++) {
            if (gated[l]) {
                value(row[MetricsHistory.layerColumn(l, MetricsHistory.CLOSED_GATES)], out);
            }
        }
        out.append('\n');
    }

    private static void value(double v, Appendable out) throws IOException {
        out.append(',').append(Double.toString(v));
    }
}
