package org.activationlab.shootout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.activationlab.nn.ProblemType;

/**
 * The statistics of one contender on one task, over its finished runs at its selected rate.
 *
 * @param contender index into the plan's contenders
 * @param task index into the plan's tasks
 * @param rate index of the selected rate, -1 when no run finished
 * @param runs the number of runs
 * @param finalLoss first quartile, median and third quartile of the final training loss (NaN counted as +infinity)
 * @param testLoss the same of the test loss
 * @param testAccuracy the same of the test accuracy (NaN for regression)
 * @param stepsToTarget the median steps to the target, runs that never reached it counted as +infinity
 *     (censored: only known to exceed the steps run); the median is +infinity, reported as {@code > N},
 *     when the middle run, or either middle run of an even count, never reached it (so with more than
 *     half censored, or exactly half of an even count)
 * @param reached how many runs reached the target
 * @param deadShare the median share of dead hidden units at the end
 * @param saturatedShare the median share of saturated hidden units at the end
 * @param comparisons against the baseline, per measure that applies (none for the baseline itself)
 */
public record SummaryRow(int contender, int task, int rate, int runs, double[] finalLoss, double[] testLoss,
                         double[] testAccuracy, double stepsToTarget, int reached, double deadShare,
                         double saturatedShare, Map<Measure, Comparison> comparisons) {

    /** The rows of {@code result}, task first, then contender in the plan's order. */
    public static List<SummaryRow> of(ShootoutResult result) {
        ShootoutPlan plan = result.plan();
        List<SummaryRow> rows = new ArrayList<>();
        for (int t = 0; t < plan.tasks().size(); t++) {
            List<RunResult> baseline = result.selected(plan.baseline(), t);
            boolean classification = plan.tasks().get(t).type() == ProblemType.CLASSIFICATION;
            for (int c = 0; c < plan.contenders().size(); c++) {
                List<RunResult> runs = result.selected(c, t);
                Map<Measure, Comparison> comparisons = new TreeMap<>();
                if (c != plan.baseline()) {
                    for (Measure m : Measure.values()) {
                        if (m.appliesTo(classification)) {
                            comparisons.put(m, compare(m, runs, baseline));
                        }
                    }
                }
                rows.add(new SummaryRow(c, t, result.selectedRate(c, t), runs.size(),
                        Quantiles.quartiles(values(runs, r -> Double.isNaN(r.finalLoss())
                                ? Double.POSITIVE_INFINITY : r.finalLoss())),
                        Quantiles.quartiles(values(runs, Measure.TEST_LOSS::of)),
                        Quantiles.quartiles(values(runs, RunResult::testAccuracy)),
                        Quantiles.median(values(runs, Measure.STEPS_TO_TARGET::of)),
                        (int) runs.stream().map(RunResult::stepsToTarget).filter(OptionalInt::isPresent).count(),
                        Quantiles.median(values(runs, RunResult::deadShare)),
                        Quantiles.median(values(runs, RunResult::saturatedShare)), comparisons));
            }
        }
        return rows;
    }

    /** The comparison over the seeds both finished. */
    private static Comparison compare(Measure measure, List<RunResult> runs, List<RunResult> baseline) {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (RunResult r : runs) {
            for (RunResult s : baseline) {
                if (s.key().seed() == r.key().seed()) {
                    a.add(measure.of(r));
                    b.add(measure.of(s));
                }
            }
        }
        double[] x = a.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = b.stream().mapToDouble(Double::doubleValue).toArray();
        return new Comparison(measure, Quantiles.median(x), Quantiles.median(y), MedianDifference.paired(x, y));
    }

    private static double[] values(List<RunResult> runs, ToDoubleFunction<RunResult> value) {
        return runs.stream().mapToDouble(value).toArray();
    }
}
