package org.activationlab.ui.shootout;

/** The keys of the Shoot-out tab's texts in {@code org/activationlab/ui/messages.properties}. */
public final class ShootoutKeys {
    public static final String TAB = "shootout.tab";
    public static final String ACTIVATIONS = "shootout.activations";
    public static final String TASKS = "shootout.tasks";
    public static final String LAYERS = "shootout.layers";
    public static final String UNITS = "shootout.units";
    public static final String STEPS = "shootout.steps";
    public static final String SEEDS = "shootout.seeds";
    public static final String RATE = "shootout.rate";
    public static final String BASELINE = "shootout.baseline";
    public static final String TARGET = "shootout.target";
    public static final String RUN = "shootout.run";
    public static final String CANCEL = "shootout.cancel";
    public static final String EXPORT = "shootout.export";
    /** The note that one rate for all is not a fair comparison. */
    public static final String FAIR_NOTE = "shootout.fairNote";
    /** {0}: runs done, {1}: total, {2}: seconds left. */
    public static final String PROGRESS = "shootout.progress";
    /** {0}: total, {1}: seconds taken. */
    public static final String DONE = "shootout.done";
    /** {0}: runs kept, {1}: total. */
    public static final String CANCELLED = "shootout.cancelled";
    /** {0}: file. */
    public static final String EXPORTED = "shootout.exported";
    /** {0}: why. */
    public static final String EXPORT_FAILED = "shootout.exportFailed";
    public static final String EMPTY = "shootout.empty";
    public static final String VERDICTS = "shootout.verdicts";
    /** {0}: the baseline. */
    public static final String DIFFERENCES = "shootout.differences";
    public static final String COLUMN_TASK = "shootout.column.task";
    public static final String COLUMN_ACTIVATION = "shootout.column.activation";
    public static final String COLUMN_RUNS = "shootout.column.runs";
    public static final String COLUMN_TEST_LOSS = "shootout.column.testLoss";
    public static final String COLUMN_ACCURACY = "shootout.column.accuracy";
    public static final String COLUMN_STEPS = "shootout.column.steps";
    public static final String COLUMN_DIFF_LOSS = "shootout.column.diffLoss";
    public static final String COLUMN_DIFF_ACCURACY = "shootout.column.diffAccuracy";
    public static final String COLUMN_DIFF_STEPS = "shootout.column.diffSteps";
    /** The button that adds the picked function to the contenders. */
    public static final String ADD = "shootout.add";
    /** The button that removes a contender. */
    public static final String REMOVE = "shootout.remove";
    public static final String NETWORK = "shootout.network";
    public static final String MATCH_PARAMETERS = "shootout.matchParameters";
    public static final String MATCH_PARAMETERS_HELP = "shootout.matchParameters.help";
    /** {0}: a gated unit, {1}: its units per layer, {2}: its parameters, {3}: the element-wise network's. */
    public static final String MATCHED = "shootout.matched";
    public static final String TRAINING = "shootout.training";
    public static final String INITIALIZER = "shootout.initializer";
    public static final String INITIALIZER_DEFAULT = "shootout.initializer.default";
    public static final String INITIALIZER_HELP = "shootout.initializer.help";
    public static final String OPTIMIZER = "shootout.optimizer";
    public static final String BATCH = "shootout.batch";
    public static final String ONE_RATE = "shootout.oneRate";
    public static final String TUNE_RATE = "shootout.tuneRate";
    public static final String COMPARISON = "shootout.comparison";

    private ShootoutKeys() {
    }
}
