package org.activationlab.shootout;

import java.util.List;
import java.util.Map;
import org.activationlab.nn.ProblemType;

/**
 * The shoot-out's three CSV files as text, each line ending in {@code \n}, numbers written with
 * {@link Double#toString(double)} (so they round-trip), a field quoted as RFC 4180 asks when it
 * holds a comma, a quote or a line break. Rows follow the plan's fixed order, so the same runs give
 * the same bytes however many threads ran them.
 */
public final class ShootoutCsv {
    /** The columns of runs.csv. */
    public static final String RUNS_HEADER = "activation,task,seed,lr,final_loss,test_loss,test_accuracy,"
            + "steps_to_target,command,dead_share,saturated_share,diverged_step,validation_loss,selected";
    /** The columns of curves.csv. */
    public static final String CURVES_HEADER = "task,activation,step,loss_q1,loss_median,loss_q3,runs";

    private static final Map<Measure, String> COLUMN = Map.of(Measure.TEST_LOSS, "test_loss",
            Measure.TEST_ACCURACY, "test_accuracy", Measure.STEPS_TO_TARGET, "steps_to_target");

    private ShootoutCsv() {
    }

    /**
     * runs.csv: one row per finished run. {@code steps_to_target} is empty when the target was never
     * reached, {@code diverged_step} when the run did not diverge, {@code validation_loss} when the rate
     * is not tuned; {@code selected} says whether the row's rate is the one its contender uses on its task.
     */
    public static String runs(ShootoutResult result) {
        ShootoutPlan plan = result.plan();
        StringBuilder sb = new StringBuilder(RUNS_HEADER).append('\n');
        for (RunResult r : result.runs()) {
            RunKey k = r.key();
            sb.append(field(plan.contenders().get(k.contender()).label())).append(',')
                    .append(field(plan.tasks().get(k.task()).name())).append(',')
                    .append(k.seed()).append(',')
                    .append(plan.learningRates().get(k.rate())).append(',')
                    .append(r.finalLoss()).append(',')
                    .append(r.testLoss()).append(',')
                    .append(r.testAccuracy()).append(',')
                    .append(r.stepsToTarget().isPresent() ? Integer.toString(r.stepsToTarget().getAsInt()) : "").append(',')
                    .append(field(plan.command(k))).append(',')
                    .append(r.deadShare()).append(',')
                    .append(r.saturatedShare()).append(',')
                    .append(r.divergedStep().isPresent() ? Integer.toString(r.divergedStep().getAsInt()) : "").append(',')
                    .append(plan.tunesRate() ? Double.toString(r.validationLoss()) : "").append(',')
                    .append(result.isSelected(r)).append('\n');
        }
        return sb.toString();
    }

    /**
     * curves.csv: per task, contender and recorded step, the quartiles of the training loss over the
     * contender's runs at its selected rate (a diverged run counts as +infinity from its divergence on).
     */
    public static String curves(ShootoutResult result) {
        ShootoutPlan plan = result.plan();
        int[] steps = plan.recordedSteps();
        StringBuilder sb = new StringBuilder(CURVES_HEADER).append('\n');
        for (int t = 0; t < plan.tasks().size(); t++) {
            for (int c = 0; c < plan.contenders().size(); c++) {
                List<RunResult> runs = result.selected(c, t);
                if (runs.isEmpty()) {
                    continue;
                }
                for (int i = 0; i < steps.length; i++) {
                    int at = i;
                    double[] q = Quantiles.quartiles(runs.stream().mapToDouble(r -> r.curve()[at]).toArray());
                    sb.append(field(plan.tasks().get(t).name())).append(',')
                            .append(field(plan.contenders().get(c).label())).append(',')
                            .append(steps[i]).append(',').append(q[0]).append(',').append(q[1]).append(',')
                            .append(q[2]).append(',').append(runs.size()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The columns of summary.csv. */
    public static String summaryHeader() {
        StringBuilder sb = new StringBuilder("task,activation,lr,runs,final_loss_median,test_loss_q1,test_loss_median,"
                + "test_loss_q3,test_accuracy_q1,test_accuracy_median,test_accuracy_q3,steps_to_target_median,reached,"
                + "dead_share_median,saturated_share_median");
        for (Measure m : Measure.values()) {
            String c = COLUMN.get(m);
            sb.append(',').append(c).append("_diff,").append(c).append("_ci_low,").append(c).append("_ci_high,")
                    .append(c).append("_verdict");
        }
        return sb.toString();
    }

    /**
     * summary.csv: per task and contender, the medians (and quartiles of the test measures) at the selected
     * rate; {@code steps_to_target_median} is {@code > N} (N the steps run) when more than half of the runs
     * never reached the target; {@code reached} counts the runs that did. Then, per measure, the median
     * difference from the baseline with its bootstrap interval ({@link MedianDifference}) and the verdict
     * key where the interval excludes 0; empty for the baseline itself, for a measure that does not apply
     * (accuracies in regression) and where a value is undefined.
     */
    public static String summary(ShootoutResult result) {
        ShootoutPlan plan = result.plan();
        StringBuilder sb = new StringBuilder(summaryHeader()).append('\n');
        for (SummaryRow row : SummaryRow.of(result)) {
            boolean classification = plan.tasks().get(row.task()).type() == ProblemType.CLASSIFICATION;
            sb.append(field(plan.tasks().get(row.task()).name())).append(',')
                    .append(field(plan.contenders().get(row.contender()).label())).append(',')
                    .append(row.rate() < 0 ? "" : Double.toString(plan.learningRates().get(row.rate()))).append(',')
                    .append(row.runs()).append(',')
                    .append(row.finalLoss()[1]).append(',')
                    .append(row.testLoss()[0]).append(',').append(row.testLoss()[1]).append(',')
                    .append(row.testLoss()[2]).append(',');
            if (classification) {
                sb.append(row.testAccuracy()[0]).append(',').append(row.testAccuracy()[1]).append(',')
                        .append(row.testAccuracy()[2]).append(',').append(steps(row.stepsToTarget(), plan.steps()))
                        .append(',').append(row.reached()).append(',');
            } else {
                sb.append(",,,,,");
            }
            sb.append(row.deadShare()).append(',').append(row.saturatedShare());
            for (Measure m : Measure.values()) {
                Comparison c = row.comparisons().get(m);
                if (c == null) {
                    sb.append(",,,,");
                    continue;
                }
                MedianDifference d = c.difference();
                sb.append(',').append(number(d.difference())).append(',').append(number(d.low())).append(',')
                        .append(number(d.high())).append(',').append(c.verdictKey().orElse(""));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A median number of steps, {@code > N} when it is censored (+infinity), empty when there are no runs. */
    static String steps(double median, int steps) {
        if (Double.isNaN(median)) {
            return "";
        }
        return median == Double.POSITIVE_INFINITY ? "> " + steps : Double.toString(median);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** A field, quoted when it holds a comma, a quote or a line break. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
