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
    // issue 15 (sfig): the figures under the results
    public static final String FIGURES_TASK = "shootout.figures.task";
    public static final String FIGURES_FIGURE = "shootout.figures.figure";
    public static final String FIGURES_DESCRIPTION = "shootout.figures.description";
    public static final String FIGURES_EMPTY = "shootout.figures.empty";

    // The runs table and opening a run in the Training tab (issue 15 section 1, slink helper)
    public static final String RUNS_TITLE = "shootout.runs.title";
    /** {0}: how many runs. */
    public static final String RUNS_ALL = "shootout.runs.all";
    /** {0}: how many runs, {1}: the activation, {2}: the task. */
    public static final String RUNS_OF = "shootout.runs.of";
    public static final String RUNS_EMPTY = "shootout.runs.empty";
    public static final String OPEN_IN_TRAINING = "shootout.openInTraining";
    public static final String OPEN_IN_TRAINING_HELP = "shootout.openInTraining.help";
    public static final String COLUMN_SEED = "shootout.column.seed";
    public static final String COLUMN_RATE = "shootout.column.rate";
    public static final String COLUMN_FINAL_LOSS = "shootout.column.finalLoss";
    public static final String COLUMN_RUN_TEST_LOSS = "shootout.column.runTestLoss";
    public static final String COLUMN_RUN_ACCURACY = "shootout.column.runAccuracy";
    public static final String COLUMN_DEAD = "shootout.column.dead";
    public static final String COLUMN_SATURATED = "shootout.column.saturated";
    /** A run's steps to the target when it never reached it (a censored value). */
    public static final String NOT_REACHED = "shootout.notReached";
    /** {0}: the activation, {1}: the task, {2}: the seed. */
    public static final String RUN_NAME = "shootout.runName";
    /** {0}: the run's name, {1}: its learning rate, {2}: the step reached, {3}: the final training loss. */
    public static final String OPENED = "shootout.opened";
    /** {0}: the run's name, {1}: its points, {2} and {3}: the Training tab's least and most points. */
    public static final String OPEN_POINTS = "shootout.open.points";
    /** {0}: the run's name. */
    public static final String OPEN_DIFFERENT = "shootout.open.different";
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

    // CSV files as shoot-out tasks (issue 15 section 1, csvtasks helper)
    /** The button that adds a CSV file as a task. */
    public static final String FILE_ADD = "shootout.file.add";
    public static final String FILE_ADD_HELP = "shootout.file.add.help";
    public static final String FILE_CHOOSER_TITLE = "shootout.file.chooserTitle";
    public static final String FILE_CHOOSER_FILTER = "shootout.file.filter";
    /** {0}: the file's points. */
    public static final String FILE_POINTS = "shootout.file.points";
    /** {0}: why the file cannot be read. */
    public static final String FILE_LEFT_OUT = "shootout.file.leftOut";
    /** {0}: the file. */
    public static final String FILE_TWICE = "shootout.file.twice";
    /** Under the Add button while a file is read: {0} the file. */
    public static final String FILE_READING = "shootout.file.reading";
    /** {0}: the file. */
    public static final String FILE_MISSING = "shootout.file.missing";
    /** {0}: the file. */
    public static final String FILE_NOT_UTF8 = "shootout.file.notUtf8";
    /** {0}: the file, {1}: why. */
    public static final String FILE_UNREADABLE = "shootout.file.unreadable";
    public static final String FILE_PERMISSION = "shootout.file.permission";
    /** {0}: the file, {1}: the bad line and what is wrong with it. */
    public static final String FILE_BAD = "shootout.file.bad";
    /** {0}: the run's name, {1}: the CSV file. */
    public static final String OPEN_FILE = "shootout.open.file";

    // issue 15 (shootres): the results kept in a session
    /** {0}: the runs. */
    public static final String LOADED = "shootout.loaded";
    /** {0}: the runs kept; {1}: the runs of the settings. */
    public static final String LOADED_PARTIAL = "shootout.loadedPartial";
    /** {0}: why, naming the field. */
    public static final String RESULTS_REFUSED = "shootout.resultsRefused";
    /** {0}: the runs. */
    public static final String TOO_MANY_TO_KEEP = "shootout.tooManyToKeep";
    /** {0}: the activation with its parameters; {1}: the number of the contender it equals. */
    public static final String DUPLICATE = "shootout.duplicate";

    private ShootoutKeys() {
    }
}
