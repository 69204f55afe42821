package org.activationlab.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Trains a tiny network step by step and measures it after every step.
 *
 * <p>A step is one optimiser update: on the full training set (the default) or on the next
 * mini-batch. After every update the trainer evaluates the new parameters on the whole
 * training set (loss, accuracy, dead and saturated units, pre-activation statistics, the
 * gradient and its norm per layer; in full-batch mode that gradient is the one the next update
 * uses, so each step costs one forward and one backward pass) and on the test set, and appends a
 * row to the metrics history: row k describes the parameters after k updates, row 0 the
 * initial ones. The gradient norm is of the data loss; the update ratio is of the update that
 * led to the row.
 *
 * <p>Units that are random in training (RReLU, {@link UnitKind#randomInTraining()}) make the
 * update from a training-mode pass, with slopes drawn from the run's own stream
 * ({@link RandomStreams#RRELU_SLOPES}), on the mini-batch or, in full-batch mode, on a separate
 * pass over the training set; the metrics always describe the parameters in evaluation form,
 * as PyTorch's {@code model.eval()} would. Networks without such units take no extra pass and
 * draw nothing, so their runs are unchanged.
 *
 * <p>A run diverges when the training loss becomes NaN or infinite, a parameter becomes NaN
 * or infinite, or the loss exceeds {@link #EXPLOSION_FACTOR} times the larger of 1 and the
 * initial loss. The trainer never throws for that: it records a {@link Divergence} naming the
 * step and the reason, and takes no further steps.
 *
 * <p>Threading: {@link #step()}, {@link #run(int)}, {@link #snapshot()} and
 * {@link #publish()} must be called from one thread (for instance a background training
 * thread). Any thread may call {@link #latest()} to read the last published, immutable
 * {@link TrainingSnapshot}, and {@link #setLearningRate} and {@link #setRegularization},
 * which take effect from the next step. A step allocates nothing, apart from a new chunk of
 * the history's rows now and then; the history needs bounded memory however long the run (see
 * {@link MetricsHistory}).
 */
public final class Trainer {
    /** How many times the larger of 1 and the initial loss the loss may grow before the run counts as exploded. */
    public static final double EXPLOSION_FACTOR = 1e6;

    private final TrainingConfig config;
    private final DataSplit data;
    private final Layout layout;
    private final double[] parameters;
    private final double[] dataGradient;
    private final double[] stepGradient;
    private final double[] delta;
    private final double[] gradientNorms;
    private final double[] updateRatios;
    private final Optimizer optimizer;
    private final double[] trainInputs;
    private final double[] testInputs;
    private final Workspace trainSpace;
    private final Workspace testSpace;
    private final MiniBatches miniBatches;
    /** The stream of training-mode random slopes, null when no layer draws any. */
    private final Rng noise;
    /** Full-batch training-mode pass when {@link #noise} is set: its buffers and gradient. */
    private final Workspace trainingModeSpace;
    private final double[] trainingModeGradient;
    private final LayerStatistics[] statistics;
    private final MetricsRecorder recorder;
    private final double[] row;
    private final double initialLoss;
    private double loss;
    private int step;
    private Divergence divergence;
    private volatile double learningRate;
    private volatile Regularization regularization;
    private volatile TrainingSnapshot published;

    /**
     * A run from freshly initialised weights (seeded by {@code config.seed()}), evaluated at step 0.
     *
     * @throws IllegalArgumentException if the network and the data disagree on the problem type
     */
    public Trainer(TrainingConfig config, DataSplit data) {
        this(config, data, null);
    }

    /**
     * A run that starts from {@code initial} instead of drawing weights (to replay or compare runs).
     *
     * @throws IllegalArgumentException if {@code initial} was made for another architecture
     */
    public static Trainer startingFrom(TrainingConfig config, DataSplit data, NetworkWeights initial) {
        if (!initial.spec().equals(config.network())) {
            throw new IllegalArgumentException("the initial weights belong to another network");
        }
        return new Trainer(config, data, initial.parameters());
    }

    private Trainer(TrainingConfig config, DataSplit data, double[] initialParameters) {
        if (config.network().type() != data.type()) {
            throw new IllegalArgumentException("the network is built for " + config.network().type().name().toLowerCase()
                    + " but the data is for " + data.type().name().toLowerCase());
        }
        this.config = config;
        this.data = data;
        this.layout = Layout.of(config.network());
        this.parameters = initialParameters != null ? initialParameters.clone()
                : layout.initialParameters(config.initializer(), config.biasInit(),
                Rng.stream(config.seed(), RandomStreams.WEIGHTS));
        int count = layout.parameterCount();
        this.dataGradient = new double[count];
        this.stepGradient = new double[count];
        this.delta = new double[count];
        this.gradientNorms = new double[layout.layerCount()];
        this.updateRatios = new double[layout.layerCount()];
        Arrays.fill(updateRatios, Double.NaN);
        this.optimizer = config.optimizer().create(count, config.momentum());
        this.trainInputs = data.train().featureMajorInputs();
        this.testInputs = data.test().featureMajorInputs();
        this.trainSpace = new Workspace(layout, data.train().size());
        this.testSpace = data.test().isEmpty() ? null : new Workspace(layout, data.test().size());
        int batch = config.batchSize();
        this.noise = layout.randomInTraining() ? Rng.stream(config.seed(), RandomStreams.RRELU_SLOPES) : null;
        this.miniBatches = batch == 0 || batch >= data.train().size() ? null
                : new MiniBatches(layout, data.train(), batch, Rng.stream(config.seed(), RandomStreams.BATCHES), noise);
        boolean fullBatchTrainingMode = noise != null && miniBatches == null;
        this.trainingModeSpace = fullBatchTrainingMode ? new Workspace(layout, data.train().size()) : null;
        this.trainingModeGradient = fullBatchTrainingMode ? new double[count] : null;
        this.statistics = new LayerStatistics[layout.hiddenCount()];
        for (int l = 0; l < statistics.length; l++) {
            statistics[l] = new LayerStatistics(layout.layer(l));
        }
        this.recorder = new MetricsRecorder(layout.hiddenCount());
        this.row = new double[MetricsHistory.columnCount(layout.hiddenCount())];
        this.learningRate = config.learningRate();
        this.regularization = config.regularization();
        evaluate();
        this.initialLoss = loss;
        this.divergence = checkDivergence();
        publish();
    }

    /**
     * Makes one update and measures the result. Does nothing once the run has diverged.
     *
     * @return whether the run can go on (false if this or an earlier step diverged)
     */
    public boolean step() {
        if (divergence != null) {
            return false;
        }
        double[] gradient = miniBatches != null ? miniBatches.nextGradient(parameters)
                : trainingModeSpace != null ? fullBatchTrainingModeGradient() : dataGradient;
        regularization.addGradient(layout, parameters, gradient, stepGradient);
        optimizer.computeDelta(stepGradient, learningRate, delta);
        applyDelta();
        step++;
        evaluate();
        divergence = checkDivergence();
        return divergence == null;
    }

    /**
     * Takes up to {@code steps} steps, stopping after the step that diverges.
     *
     * @return the number of updates made (the diverging one included)
     */
    public int run(int steps) {
        int taken = 0;
        while (taken < steps && divergence == null) {
            step();
            taken++;
        }
        return taken;
    }

    /** The gradient of the data loss on the whole training set from a training-mode pass. */
    private double[] fullBatchTrainingModeGradient() {
        Propagation.forward(layout, parameters, trainInputs, trainingModeSpace, true, noise);
        Loss.mean(layout.type(), trainingModeSpace.out, data.train().targetArray(), data.train().size(),
                trainingModeSpace.outGradient);
        Propagation.backward(layout, parameters, trainInputs, trainingModeSpace, trainingModeGradient);
        return trainingModeGradient;
    }

    private void applyDelta() {
        for (int l = 0; l < layout.layerCount(); l++) {
            LayerShape s = layout.layer(l);
            double weightSquares = 0;
            double deltaSquares = 0;
            int end = s.weightOffset() + s.weightCount();
            for (int i = s.weightOffset(); i < end; i++) {
                weightSquares += parameters[i] * parameters[i];
                deltaSquares += delta[i] * delta[i];
            }
            updateRatios[l] = weightSquares == 0 ? (deltaSquares == 0 ? 0 : Double.POSITIVE_INFINITY)
                    : Math.sqrt(deltaSquares / weightSquares);
        }
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] += delta[i];
        }
    }

    /** Measures the current parameters on the training and test sets and appends the metrics row. */
    private void evaluate() {
        Dataset train = data.train();
        ProblemType type = layout.type();
        Propagation.forward(layout, parameters, trainInputs, trainSpace, true);
        loss = Loss.mean(type, trainSpace.out, train.targetArray(), train.size(), trainSpace.outGradient);
        Propagation.backward(layout, parameters, trainInputs, trainSpace, dataGradient);
        boolean classification = type == ProblemType.CLASSIFICATION;
        row[MetricsHistory.LOSS] = loss;
        row[MetricsHistory.ACCURACY] = classification ? Loss.accuracy(trainSpace.out, train.targetArray(), train.size())
                : Double.NaN;
        row[MetricsHistory.TEST_LOSS] = Double.NaN;
        row[MetricsHistory.TEST_ACCURACY] = Double.NaN;
        if (testSpace != null) {
            Dataset test = data.test();
            Propagation.forward(layout, parameters, testInputs, testSpace, false);
            row[MetricsHistory.TEST_LOSS] = Loss.mean(type, testSpace.out, test.targetArray(), test.size(),
                    testSpace.outGradient);
            if (classification) {
                row[MetricsHistory.TEST_ACCURACY] = Loss.accuracy(testSpace.out, test.targetArray(), test.size());
            }
        }
        for (int l = 0; l < layout.layerCount(); l++) {
            gradientNorms[l] = gradientNorm(layout.layer(l));
        }
        for (int l = 0; l < statistics.length; l++) {
            LayerStatistics s = statistics[l];
            s.update(trainSpace.z[l], trainSpace.derivative[l], train.size(), step);
            row[MetricsHistory.layerColumn(l, MetricsHistory.DEAD)] = s.deadFraction();
            row[MetricsHistory.layerColumn(l, MetricsHistory.SATURATED)] = s.saturatedFraction();
            row[MetricsHistory.layerColumn(l, MetricsHistory.MEAN)] = s.mean();
            row[MetricsHistory.layerColumn(l, MetricsHistory.STD)] = s.std();
            row[MetricsHistory.layerColumn(l, MetricsHistory.GRADIENT_NORM)] = gradientNorms[l];
            row[MetricsHistory.layerColumn(l, MetricsHistory.UPDATE_RATIO)] = updateRatios[l];
            row[MetricsHistory.layerColumn(l, MetricsHistory.ALPHA)] = alpha(l);
            row[MetricsHistory.layerColumn(l, MetricsHistory.CLOSED_GATES)] = s.closedGateFraction();
        }
        int hidden = statistics.length;
        row[MetricsHistory.outputColumn(hidden, MetricsHistory.GRADIENT_NORM)] = gradientNorms[hidden];
        row[MetricsHistory.outputColumn(hidden, MetricsHistory.UPDATE_RATIO)] = updateRatios[hidden];
        recorder.append(row);
    }

    private double gradientNorm(LayerShape s) {
        double squares = 0;
        for (int i = s.weightOffset(); i < s.end(); i++) {
            squares += dataGradient[i] * dataGradient[i];
        }
        return Math.sqrt(squares);
    }

    private double alpha(int layer) {
        LayerShape s = layout.layer(layer);
        return s.hasAlpha() ? parameters[s.alphaOffset()] : Double.NaN;
    }

    private Divergence checkDivergence() {
        if (Double.isNaN(loss)) {
            return new Divergence(step, "divergence.lossNaN");
        }
        if (Double.isInfinite(loss)) {
            return new Divergence(step, "divergence.lossInfinite");
        }
        for (int l = 0; l < layout.layerCount(); l++) {
            LayerShape s = layout.layer(l);
            for (int i = s.weightOffset(); i < s.end(); i++) {
                if (!Double.isFinite(parameters[i])) {
                    return parameterDivergence(l, parameters[i]);
                }
            }
        }
        if (loss > EXPLOSION_FACTOR * Math.max(1, initialLoss) && step > 0) {
            return new Divergence(step, "divergence.lossExploded", List.of(initialLoss, loss));
        }
        return null;
    }

    /** A parameter of {@code layer} (the output layer after the hidden ones) became {@code value}, NaN or infinite. */
    private Divergence parameterDivergence(int layer, double value) {
        boolean output = layer == layout.hiddenCount();
        String key = Double.isNaN(value)
                ? output ? "divergence.outputParameterNaN" : "divergence.parameterNaN"
                : output ? "divergence.outputParameterInfinite" : "divergence.parameterInfinite";
        return new Divergence(step, key, List.of(layer + 1));
    }

    /** The metrics row of the current step, column c as in {@link MetricsHistory} (read only). */
    double[] lastRow() {
        return row;
    }

    /** An immutable picture of the current state. Call from the training thread. */
    public TrainingSnapshot snapshot() {
        List<LayerDiagnostics> layers = new ArrayList<>(statistics.length);
        for (int l = 0; l < statistics.length; l++) {
            layers.add(statistics[l].diagnostics(trainSpace.z[l], trainSpace.derivative[l], gradientNorms[l],
                    updateRatios[l], alpha(l)));
        }
        int hidden = statistics.length;
        return new TrainingSnapshot(step, divergence, new NetworkWeights(config.network(), layout, parameters), layers,
                gradientNorms[hidden], updateRatios[hidden], recorder.view(), data);
    }

    /** Takes a {@link #snapshot()} and makes it the one {@link #latest()} returns. Call from the training thread. */
    public TrainingSnapshot publish() {
        TrainingSnapshot s = snapshot();
        published = s;
        return s;
    }

    /** The snapshot last {@link #publish() published} (the initial state until then). Any thread. */
    public TrainingSnapshot latest() {
        return published;
    }

    /** The number of updates made. */
    public int steps() {
        return step;
    }

    /** The training loss at the current parameters. */
    public double loss() {
        return loss;
    }

    /** The training accuracy at the current parameters (NaN for regression), as in the metrics row. */
    public double accuracy() {
        return row[MetricsHistory.ACCURACY];
    }

    /** Whether the run can go on. */
    public TrainingStatus status() {
        return divergence == null ? TrainingStatus.RUNNING : TrainingStatus.DIVERGED;
    }

    /** When and why the run diverged, if it did. */
    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** The configuration the run started with. */
    public TrainingConfig config() {
        return config;
    }

    /** The training and test points. */
    public DataSplit data() {
        return data;
    }

    /** The learning rate the next step uses. */
    public double learningRate() {
        return learningRate;
    }

    /**
     * Changes the learning rate from the next step on. Any thread.
     *
     * @throws IllegalArgumentException unless finite and &gt; 0
     */
    public void setLearningRate(double value) {
        TrainingConfig.checkLearningRate(value);
        learningRate = value;
    }

    /** The penalties the next step uses. */
    public Regularization regularization() {
        return regularization;
    }

    /** Changes the penalties from the next step on. Any thread. */
    public void setRegularization(Regularization value) {
        regularization = Objects.requireNonNull(value);
    }
}
