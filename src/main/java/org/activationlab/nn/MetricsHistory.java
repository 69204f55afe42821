package org.activationlab.nn;

import java.util.List;

/**
 * The metrics of a run so far in bounded memory, row k being the state after k updates: the
 * last {@link MetricsRecorder#FULL_ROWS} steps or more at full resolution, every older step
 * summarised in min/max envelopes (buckets of 2<sup>n</sup> steps, at most
 * {@link MetricsRecorder#MAX_BUCKETS} of them), so that a spike stays visible however long the
 * run. Immutable: a view of the recorder's append-only arrays, so taking one is cheap and it stays
 * valid while training goes on.
 *
 * <p>The history reads as {@link #segmentCount()} segments in step order, each covering steps
 * {@link #segmentFirstStep} to {@link #segmentLastStep} with the {@link #min} and {@link #max} of
 * every metric over them (NaN where every value was NaN): an envelope bucket, or a single step
 * kept in full (min = max = the value). Single steps can also be read by step
 * ({@link #loss(int)} and the like) from {@link #firstFullStep()} on.
 *
 * <p>Layer indices are 0-based over the hidden layers; for {@link #gradientNorm} and
 * {@link #updateRatio}, index {@link #hiddenLayers()} means the output layer.
 */
public final class MetricsHistory {
    static final int LOSS = 0;
    static final int ACCURACY = 1;
    static final int TEST_LOSS = 2;
    static final int TEST_ACCURACY = 3;
    static final int GLOBAL_COLUMNS = 4;

    static final int DEAD = 0;
    static final int SATURATED = 1;
    static final int MEAN = 2;
    static final int STD = 3;
    static final int GRADIENT_NORM = 4;
    static final int UPDATE_RATIO = 5;
    static final int ALPHA = 6;
    static final int CLOSED_GATES = 7;
    static final int LAYER_COLUMNS = 8;

    /** A metric of the history, for {@link #column}. */
    public enum Metric {
        /** The mean training loss. */
        LOSS,
        /** The training accuracy (NaN for regression). */
        ACCURACY,
        /** The mean test loss (NaN without a test set). */
        TEST_LOSS,
        /** The test accuracy (NaN for regression or without a test set). */
        TEST_ACCURACY,
        /** The fraction of dead units of a hidden layer. */
        DEAD,
        /** The fraction of saturated units of a hidden layer. */
        SATURATED,
        /** The mean pre-activation of a hidden layer. */
        PRE_ACTIVATION_MEAN,
        /** The standard deviation of the pre-activations of a hidden layer. */
        PRE_ACTIVATION_STD,
        /** The learned PReLU alpha of a hidden layer (NaN for other layers). */
        ALPHA,
        /** The fraction of closed gates of a gated hidden layer (NaN for other layers), see {@link UnitHealth#isClosed}. */
        CLOSED_GATES,
        /** The gradient norm of a layer, the output layer included. */
        GRADIENT_NORM,
        /** The update-to-weight ratio of a layer, the output layer included (NaN at step 0). */
        UPDATE_RATIO
    }

    private final MetricsRecorder.Envelopes envelopes;
    private final List<double[][]> chunks;
    private final int firstFullStep;
    private final int size;
    private final int hiddenLayers;

    MetricsHistory(MetricsRecorder.Envelopes envelopes, List<double[][]> chunks, int firstFullStep, int size,
                   int hiddenLayers) {
        this.envelopes = envelopes;
        this.chunks = chunks;
        this.firstFullStep = firstFullStep;
        this.size = size;
        this.hiddenLayers = hiddenLayers;
    }

    /** The number of columns for a network with {@code hiddenLayers} hidden layers. */
    static int columnCount(int hiddenLayers) {
        return GLOBAL_COLUMNS + hiddenLayers * LAYER_COLUMNS + 2;
    }

    /** The column of {@code metric} in hidden layer {@code layer}. */
    static int layerColumn(int layer, int metric) {
        return GLOBAL_COLUMNS + layer * LAYER_COLUMNS + metric;
    }

    /** The column of the output layer's gradient norm ({@code metric} = GRADIENT_NORM) or update ratio. */
    static int outputColumn(int hiddenLayers, int metric) {
        return GLOBAL_COLUMNS + hiddenLayers * LAYER_COLUMNS + (metric == GRADIENT_NORM ? 0 : 1);
    }

    /** The number of rows: steps 0 to size - 1. */
    public int size() {
        return size;
    }

    /** The number of hidden layers. */
    public int hiddenLayers() {
        return hiddenLayers;
    }

    /** The first step kept at full resolution; older steps are only in envelopes. */
    public int firstFullStep() {
        return firstFullStep;
    }

    /**
     * The column of {@code metric} of {@code layer} (ignored for the loss and accuracy metrics), for
     * {@link #min} and {@link #max}.
     *
     * @throws IndexOutOfBoundsException if the layer does not exist for the metric
     */
    public int column(Metric metric, int layer) {
        return switch (metric) {
            case LOSS -> LOSS;
            case ACCURACY -> ACCURACY;
            case TEST_LOSS -> TEST_LOSS;
            case TEST_ACCURACY -> TEST_ACCURACY;
            case DEAD -> layerColumn(checkedLayer(layer, false), DEAD);
            case SATURATED -> layerColumn(checkedLayer(layer, false), SATURATED);
            case PRE_ACTIVATION_MEAN -> layerColumn(checkedLayer(layer, false), MEAN);
            case PRE_ACTIVATION_STD -> layerColumn(checkedLayer(layer, false), STD);
            case ALPHA -> layerColumn(checkedLayer(layer, false), ALPHA);
            case CLOSED_GATES -> layerColumn(checkedLayer(layer, false), CLOSED_GATES);
            case GRADIENT_NORM -> anyLayerColumn(layer, GRADIENT_NORM);
            case UPDATE_RATIO -> anyLayerColumn(layer, UPDATE_RATIO);
        };
    }

    private int anyLayerColumn(int layer, int metric) {
        int l = checkedLayer(layer, true);
        return l == hiddenLayers ? outputColumn(hiddenLayers, metric) : layerColumn(l, metric);
    }

    /** The number of segments: envelope buckets, then the steps kept in full. */
    public int segmentCount() {
        return envelopes.count() + (size - firstFullStep);
    }

    /** The first step that segment {@code i} covers. */
    public int segmentFirstStep(int i) {
        int buckets = checkedSegment(i);
        return i < buckets ? i * envelopes.width() : firstFullStep + (i - buckets);
    }

    /** The last step that segment {@code i} covers. */
    public int segmentLastStep(int i) {
        int buckets = checkedSegment(i);
        return i < buckets ? Math.min((i + 1) * envelopes.width(), firstFullStep) - 1 : firstFullStep + (i - buckets);
    }

    /** The smallest value of {@code column} over segment {@code i}, ignoring NaN (NaN if all are). */
    public double min(int column, int i) {
        int buckets = checkedSegment(i);
        return i < buckets ? envelopes.min(column, i) : full(column, firstFullStep + i - buckets);
    }

    /** The largest value of {@code column} over segment {@code i}, ignoring NaN (NaN if all are). */
    public double max(int column, int i) {
        int buckets = checkedSegment(i);
        return i < buckets ? envelopes.max(column, i) : full(column, firstFullStep + i - buckets);
    }

    /** The smallest value of {@code column} over segments {@code from} to {@code to} - 1, ignoring NaN (NaN if all are). */
    public double min(int column, int from, int to) {
        double m = Double.NaN;
        for (int i = from; i < to; i++) {
            m = MetricsRecorder.minIgnoringNaN(m, min(column, i));
        }
        return m;
    }

    /** The largest value of {@code column} over segments {@code from} to {@code to} - 1, ignoring NaN (NaN if all are). */
    public double max(int column, int from, int to) {
        double m = Double.NaN;
        for (int i = from; i < to; i++) {
            m = MetricsRecorder.maxIgnoringNaN(m, max(column, i));
        }
        return m;
    }

    private int checkedSegment(int i) {
        if (i < 0 || i >= segmentCount()) {
            throw new IndexOutOfBoundsException("segment " + i + " is outside 0 to " + (segmentCount() - 1));
        }
        return envelopes.count();
    }

    /**
     * The history up to step {@code lastStep}: envelope buckets that start later are left out, and
     * the one containing {@code lastStep} ends there (its min and max may include a few later
     * steps, at most a bucket's width).
     */
    public MetricsHistory upTo(int lastStep) {
        if (lastStep < 0 || lastStep >= size) {
            throw new IndexOutOfBoundsException("step " + lastStep + " is outside 0 to " + (size - 1));
        }
        if (lastStep >= firstFullStep) {
            return new MetricsHistory(envelopes, chunks, firstFullStep, lastStep + 1, hiddenLayers);
        }
        int buckets = lastStep / envelopes.width() + 1;
        return new MetricsHistory(envelopes.first(buckets), List.of(), lastStep + 1, lastStep + 1, hiddenLayers);
    }

    /**
     * Only the newest step, copied: what a snapshot kept for an animation needs, in a few bytes
     * (the frames' history is read from the newest history with {@link #upTo}).
     */
    public MetricsHistory newestOnly() {
        int columns = columnCount(hiddenLayers);
        double[][] row = new double[columns][1];
        for (int c = 0; c < columns; c++) {
            row[c][0] = full(c, size - 1);
        }
        return new MetricsHistory(MetricsRecorder.Envelopes.NONE, List.<double[][]>of(row), size - 1, size,
                hiddenLayers);
    }

    private double full(int column, int step) {
        int row = step - firstFullStep;
        return chunks.get(row / MetricsRecorder.CHUNK)[column][row % MetricsRecorder.CHUNK];
    }

    private double at(int column, int step) {
        if (step < firstFullStep || step >= size) {
            throw new IndexOutOfBoundsException("step " + step + " is outside the steps kept in full, "
                    + firstFullStep + " to " + (size - 1));
        }
        return full(column, step);
    }

    private int checkedLayer(int layer, boolean includeOutput) {
        int limit = includeOutput ? hiddenLayers : hiddenLayers - 1;
        if (layer < 0 || layer > limit) {
            throw new IndexOutOfBoundsException("layer " + layer + " is outside 0 to " + limit);
        }
        return layer;
    }

    /** The mean loss over the training set after {@code step} updates. */
    public double loss(int step) {
        return at(LOSS, step);
    }

    /** The training accuracy (NaN for regression). */
    public double accuracy(int step) {
        return at(ACCURACY, step);
    }

    /** The mean loss over the test set (NaN when there is none). */
    public double testLoss(int step) {
        return at(TEST_LOSS, step);
    }

    /** The test accuracy (NaN for regression or without a test set). */
    public double testAccuracy(int step) {
        return at(TEST_ACCURACY, step);
    }

    /** The fraction of dead units in hidden layer {@code layer}. */
    public double deadFraction(int layer, int step) {
        return at(column(Metric.DEAD, layer), step);
    }

    /** The fraction of saturated units in hidden layer {@code layer}. */
    public double saturatedFraction(int layer, int step) {
        return at(column(Metric.SATURATED, layer), step);
    }

    /** The mean pre-activation of hidden layer {@code layer}. */
    public double preActivationMean(int layer, int step) {
        return at(column(Metric.PRE_ACTIVATION_MEAN, layer), step);
    }

    /** The standard deviation of the pre-activations of hidden layer {@code layer}. */
    public double preActivationStd(int layer, int step) {
        return at(column(Metric.PRE_ACTIVATION_STD, layer), step);
    }

    /** The learned PReLU alpha of hidden layer {@code layer} (NaN for other layers). */
    public double alpha(int layer, int step) {
        return at(column(Metric.ALPHA, layer), step);
    }

    /** The gradient norm of layer {@code layer} ({@link #hiddenLayers()} for the output layer). */
    public double gradientNorm(int layer, int step) {
        return at(column(Metric.GRADIENT_NORM, layer), step);
    }

    /** The update-to-weight ratio of layer {@code layer} ({@link #hiddenLayers()} for the output layer; NaN at step 0). */
    public double updateRatio(int layer, int step) {
        return at(column(Metric.UPDATE_RATIO, layer), step);
    }
}
