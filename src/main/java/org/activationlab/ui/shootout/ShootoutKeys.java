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

    private ShootoutKeys() {
    }
}
