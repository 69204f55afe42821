package org.activationlab.shootout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The finished runs of a plan, in the plan's order, with the learning rate each contender gets on
 * each task. A cancelled shoot-out holds the runs that finished; every statistic is computed from
 * them alone, so partial results are consistent.
 */
public final class ShootoutResult {
    private final ShootoutPlan plan;
    private final List<RunResult> runs;
    private final boolean complete;
    /** The finished runs per contender, task and rate, by seed. */
    private final List<RunResult>[][][] groups;
    private final int[][] selectedRates;

    /**
     * @param runs finished runs, in any order (they are kept in the plan's order)
     * @param complete whether every run of the plan finished
     */
    public ShootoutResult(ShootoutPlan plan, List<RunResult> runs, boolean complete) {
        this.plan = plan;
        this.runs = runs.stream().sorted(Comparator.comparingInt(r -> r.key().index())).toList();
        this.complete = complete;
        int contenders = plan.contenders().size();
        int tasks = plan.tasks().size();
        int rates = plan.learningRates().size();
        @SuppressWarnings("unchecked")
        List<RunResult>[][][] byGroup = new List[contenders][tasks][rates];
        for (int c = 0; c < contenders; c++) {
            for (int t = 0; t < tasks; t++) {
                for (int r = 0; r < rates; r++) {
                    byGroup[c][t][r] = new ArrayList<>();
                }
            }
        }
        for (RunResult run : this.runs) {
            RunKey k = run.key();
            byGroup[k.contender()][k.task()][k.rate()].add(run);
        }
        for (List<RunResult>[][] perTask : byGroup) {
            for (List<RunResult>[] perRate : perTask) {
                for (int r = 0; r < rates; r++) {
                    perRate[r] = List.copyOf(perRate[r]);
                }
            }
        }
        this.groups = byGroup;
        this.selectedRates = new int[contenders][tasks];
        for (int c = 0; c < contenders; c++) {
            for (int t = 0; t < tasks; t++) {
                selectedRates[c][t] = choose(c, t);
            }
        }
    }

    /** The plan. */
    public ShootoutPlan plan() {
        return plan;
    }

    /** The finished runs in the plan's order. */
    public List<RunResult> runs() {
        return runs;
    }

    /** Whether every run of the plan finished (false after a cancel). */
    public boolean complete() {
        return complete;
    }

    /**
     * The index of the rate {@code contender} uses on {@code task}: the only rate, or, when the plan
     * tunes the rate, the one with the lowest median validation loss over its finished seeds (NaN
     * counting as +infinity; the first in the grid on a tie); -1 when no run of that pair finished.
     */
    public int selectedRate(int contender, int task) {
        return selectedRates[contender][task];
    }

    /** Whether {@code run} uses the rate selected for its contender and task. */
    public boolean isSelected(RunResult run) {
        return run.key().rate() == selectedRate(run.key().contender(), run.key().task());
    }

    /** The finished runs of {@code contender} on {@code task} at its selected rate, by seed. */
    public List<RunResult> selected(int contender, int task) {
        int rate = selectedRate(contender, task);
        return rate < 0 ? List.of() : groups[contender][task][rate];
    }

    private int choose(int contender, int task) {
        int best = -1;
        double bestLoss = Double.NaN;
        for (int rate = 0; rate < plan.learningRates().size(); rate++) {
            double[] losses = groups[contender][task][rate].stream()
                    .mapToDouble(r -> Double.isNaN(r.validationLoss()) ? Double.POSITIVE_INFINITY : r.validationLoss())
                    .toArray();
            if (losses.length == 0) {
                continue;
            }
            double median = Quantiles.median(losses);
            if (best < 0 || median < bestLoss) {
                best = rate;
                bestLoss = median;
            }
        }
        return best;
    }
}
