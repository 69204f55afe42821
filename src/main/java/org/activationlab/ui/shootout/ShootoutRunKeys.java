package org.activationlab.ui.shootout;

/**
 * The keys of the Shoot-out tab's runs table and of opening a run in the Training tab, in
 * {@code org/activationlab/ui/messages.properties} (beside {@link ShootoutKeys}, whose column keys
 * the table shares).
 */
public final class ShootoutRunKeys {
    public static final String TITLE = "shootout.runs.title";
    /** {0}: how many runs. */
    public static final String ALL = "shootout.runs.all";
    /** {0}: how many runs, {1}: the activation, {2}: the task. */
    public static final String OF = "shootout.runs.of";
    public static final String EMPTY = "shootout.runs.empty";
    public static final String OPEN = "shootout.openInTraining";
    public static final String OPEN_HELP = "shootout.openInTraining.help";
    public static final String COLUMN_SEED = "shootout.column.seed";
    public static final String COLUMN_RATE = "shootout.column.rate";
    public static final String COLUMN_FINAL_LOSS = "shootout.column.finalLoss";
    public static final String COLUMN_TEST_LOSS = "shootout.column.runTestLoss";
    public static final String COLUMN_ACCURACY = "shootout.column.runAccuracy";
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

    private ShootoutRunKeys() {
    }
}
