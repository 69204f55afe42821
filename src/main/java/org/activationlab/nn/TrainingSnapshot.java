package org.activationlab.nn;

import java.util.List;
import java.util.Optional;

/**
 * The state of a run after some step, immutable and safe to hand to another thread: weights,
 * per-layer diagnostics, and the metrics history up to this step.
 */
public final class TrainingSnapshot {
    private final int step;
    private final Divergence divergence;
    private final NetworkWeights weights;
    private final List<LayerDiagnostics> layers;
    private final double outputGradientNorm;
    private final double outputUpdateRatio;
    private final MetricsHistory history;
    private final DataSplit data;

    TrainingSnapshot(int step, Divergence divergence, NetworkWeights weights, List<LayerDiagnostics> layers,
                     double outputGradientNorm, double outputUpdateRatio, MetricsHistory history, DataSplit data) {
        this.step = step;
        this.divergence = divergence;
        this.weights = weights;
        this.layers = List.copyOf(layers);
        this.outputGradientNorm = outputGradientNorm;
        this.outputUpdateRatio = outputUpdateRatio;
        this.history = history;
        this.data = data;
    }

    /** The number of updates made so far. */
    public int step() {
        return step;
    }

    /** Whether the run can go on. */
    public TrainingStatus status() {
        return divergence == null ? TrainingStatus.RUNNING : TrainingStatus.DIVERGED;
    }

    /** When and why the run diverged, if it did. */
    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** The parameters after {@link #step()} updates. */
    public NetworkWeights weights() {
        return weights;
    }

    /** The diagnostics of each hidden layer. */
    public List<LayerDiagnostics> layers() {
        return layers;
    }

    /** The gradient norm of the output layer's weights and bias. */
    public double outputGradientNorm() {
        return outputGradientNorm;
    }

    /** ||delta W|| / ||W|| of the output layer's last update (NaN at step 0). */
    public double outputUpdateRatio() {
        return outputUpdateRatio;
    }

    /**
     * The same state with only this step's metrics kept (a few bytes instead of the run's history),
     * for keeping many snapshots of a run.
     */
    public TrainingSnapshot withNewestHistoryOnly() {
        return new TrainingSnapshot(step, divergence, weights, layers, outputGradientNorm, outputUpdateRatio,
                history.newestOnly(), data);
    }

    /** The metrics of steps 0 to {@link #step()}, the newest in full and older ones in envelopes (see {@link MetricsHistory}). */
    public MetricsHistory history() {
        return history;
    }

    /** The training and test points. */
    public DataSplit data() {
        return data;
    }

    /** The training loss after {@link #step()} updates. */
    public double loss() {
        return history.loss(step);
    }

    /** The training accuracy (NaN for regression). */
    public double accuracy() {
        return history.accuracy(step);
    }

    /** The test loss (NaN without a test set). */
    public double testLoss() {
        return history.testLoss(step);
    }

    /** The test accuracy (NaN for regression or without a test set). */
    public double testAccuracy() {
        return history.testAccuracy(step);
    }
}
