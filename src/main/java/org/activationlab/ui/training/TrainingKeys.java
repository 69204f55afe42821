package org.activationlab.ui.training;

/** The keys of the training panel's texts in {@code org/activationlab/ui/messages.properties}. */
public final class TrainingKeys {
    public static final String TAB = "training.tab";
    public static final String PLAY = "training.play";
    public static final String PAUSE = "training.pause";
    /** {0}: number of steps. */
    public static final String STEP = "training.step";
    public static final String RESET = "training.reset";
    public static final String RESET_HELP = "training.reset.help";
    public static final String NEW_SEED = "training.newSeed";
    public static final String SPEED = "training.speed";
    public static final String SPEED_MAX = "training.speed.max";
    /** {0}: step number. */
    public static final String STEP_COUNTER = "training.stepCounter";
    public static final String PRESETS = "training.presets";
    public static final String COMPARE = "training.compare";
    public static final String PRESET_PREFIX = "training.preset.";
    public static final String EXPLANATION_SUFFIX = ".explanation";
    /** {0}: step, {1}: reason, {2}: current learning rate, {3}: suggested learning rate. */
    public static final String DIVERGED = "training.diverged";

    public static final String DATA = "training.data";
    public static final String TASK = "training.task";
    public static final String POINTS = "training.points";
    public static final String NOISE = "training.noise";
    public static final String TEST_SHARE = "training.testShare";
    public static final String REGENERATE = "training.regenerate";
    public static final String NETWORK = "training.network";
    public static final String LAYERS = "training.layers";
    /** {0}: layer number. */
    public static final String LAYER = "training.layer";
    public static final String UNITS = "training.units";
    public static final String ADD = "training.add";
    public static final String REMOVE = "training.remove";
    public static final String PARAMETERS = "training.parameters";
    public static final String TRAINING = "training.training";
    public static final String INITIALIZER = "training.initializer";
    public static final String INITIALIZER_VALUE = "training.initializerValue";
    public static final String BIAS_INIT = "training.biasInit";
    public static final String LEARNING_RATE = "training.learningRate";
    public static final String OPTIMIZER = "training.optimizer";
    public static final String BATCH_SIZE = "training.batchSize";
    public static final String FULL_BATCH = "training.fullBatch";
    public static final String L2 = "training.l2";
    /** {0}: the refused text, {1}: what is allowed. */
    public static final String NOT_A_NUMBER = "training.notANumber";

    public static final String EXPORT = "training.export";
    public static final String EXPORT_GIF = "training.export.gif";
    public static final String EXPORT_METRICS = "training.export.metrics";
    public static final String EXPORT_WEIGHTS = "training.export.weights";
    public static final String GIF_FRAMES = "training.gif.frames";
    public static final String GIF_INTERVAL = "training.gif.interval";
    /** {0}: the file. */
    public static final String EXPORTED = "training.exported";
    /** {0}: the reason. */
    public static final String EXPORT_FAILED = "training.exportFailed";

    public static final String UNIT_LEARNING = "training.unit.learning";
    public static final String UNIT_SATURATED = "training.unit.saturated";
    public static final String UNIT_DEAD = "training.unit.dead";
    /** {0}: layer, {1}: unit, {2}: state, {3}: zero-gradient share, {4}: saturated share, {5}: death step text. */
    public static final String UNIT_TOOLTIP = "training.unit.tooltip";
    /** {0}: step. */
    public static final String UNIT_DIED_AT = "training.unit.diedAt";
    public static final String UNIT_ALIVE = "training.unit.alive";

    /** The Neuron tab's link to the Training tab with {@link TrainingPreset#HIDDEN_LAYER_XOR}. */
    public static final String TRAIN_XOR_LINK = "training.link.xor";
    /** The GIF export's panel choice. */
    public static final String GIF_PANEL = "training.gif.panel";
    /** Prefix of the name of each {@link GifPanel}, which adds its own key. */
    public static final String GIF_PANEL_PREFIX = "training.gif.panel.";

    private TrainingKeys() {
    }

    // Two languages: texts that were written into the code
    /** What a number field of the panel accepts, after {@link #NOT_A_NUMBER}. */
    public static final String NUMBER_NEEDED = "training.numberNeeded";
    public static final String VIEW_PREDICTION = "training.view.prediction";
    public static final String VIEW_PRE_ACTIVATIONS = "training.view.preActivations";
    public static final String VIEW_HISTORY = "training.view.history";
    public static final String VIEW_COMPARED_PREDICTION = "training.view.comparedPrediction";
    public static final String VIEW_COMPARED_PRE_ACTIVATIONS = "training.view.comparedPreActivations";

    /** The network diagram's state and tooltip of a unit whose values overflowed (issue 16 section 3). */
    public static final String UNIT_OVERFLOWED = "training.unit.overflowed";
    public static final String UNIT_OVERFLOWED_TOOLTIP = "training.unit.overflowed.tooltip";

    /** Gated units in the network (issue 14): parameter counts, matching them, closed gates. {0}: count. */
    public static final String PARAMETER_COUNT = "training.parameters.count";
    /** {0}: count, {1}: the count with one row per unit. */
    public static final String PARAMETER_COUNT_GATED = "training.parameters.count.gated";
    /** {0}: the layer's weights and biases. */
    public static final String LAYER_PARAMETERS = "training.layer.parameters";
    /** {0}: the layer's weights and biases, {1}: its units (a gated layer has 2 rows per unit). */
    public static final String LAYER_PARAMETERS_GATED = "training.layer.parameters.gated";
    public static final String MATCH_PARAMETERS = "training.parameters.match";
    public static final String MATCH_PARAMETERS_HELP = "training.parameters.match.help";
    /** The compared network's activation, shape and parameter count, under the network's own. */
    public static final String PARAMETER_COUNT_COMPARED = "training.parameters.count.compared";
    public static final String PARAMETER_COUNT_COMPARED_GATED = "training.parameters.count.compared.gated";
    public static final String UNIT_CLOSED_GATE = "training.unit.closedGate";
    /** {0}: share of inputs with the gate closed. */
    public static final String UNIT_GATE_LINE = "training.unit.gateLine";
}
