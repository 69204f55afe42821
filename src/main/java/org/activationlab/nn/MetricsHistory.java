package org.activationlab.nn;

/**
 * The metrics of every step of a run so far, row k being the state after k updates.
 * Immutable: a view of the first {@link #size()} rows of append-only columns, so taking one is
 * cheap and it stays valid while training goes on.
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
    static final int LAYER_COLUMNS = 7;

    private final double[][] columns;
    private final int size;
    private final int hiddenLayers;

    MetricsHistory(double[][] columns, int size, int hiddenLayers) {
        this.columns = columns;
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

    private double at(int column, int step) {
        if (step < 0 || step >= size) {
            throw new IndexOutOfBoundsException("step " + step + " is outside 0 to " + (size - 1));
        }
        return columns[column][step];
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
        return at(layerColumn(checkedLayer(layer, false), DEAD), step);
    }

    /** The fraction of saturated units in hidden layer {@code layer}. */
    public double saturatedFraction(int layer, int step) {
        return at(layerColumn(checkedLayer(layer, false), SATURATED), step);
    }

    /** The mean pre-activation of hidden layer {@code layer}. */
    public double preActivationMean(int layer, int step) {
        return at(layerColumn(checkedLayer(layer, false), MEAN), step);
    }

    /** The standard deviation of the pre-activations of hidden layer {@code layer}. */
    public double preActivationStd(int layer, int step) {
        return at(layerColumn(checkedLayer(layer, false), STD), step);
    }

    /** The learned PReLU alpha of hidden layer {@code layer} (NaN for other layers). */
    public double alpha(int layer, int step) {
        return at(layerColumn(checkedLayer(layer, false), ALPHA), step);
    }

    /** The gradient norm of layer {@code layer} ({@link #hiddenLayers()} for the output layer). */
    public double gradientNorm(int layer, int step) {
        int l = checkedLayer(layer, true);
        return at(l == hiddenLayers ? outputColumn(hiddenLayers, GRADIENT_NORM) : layerColumn(l, GRADIENT_NORM), step);
    }

    /** The update-to-weight ratio of layer {@code layer} ({@link #hiddenLayers()} for the output layer; NaN at step 0). */
    public double updateRatio(int layer, int step) {
        int l = checkedLayer(layer, true);
        return at(l == hiddenLayers ? outputColumn(hiddenLayers, UPDATE_RATIO) : layerColumn(l, UPDATE_RATIO), step);
    }
}
