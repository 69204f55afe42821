package org.activationlab.shootout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** steps_to_target of runs that never reach the target: empty in runs.csv, "> N" as a median of mostly censored runs. */
class CensoringTest {
    private static final int STEPS = 500;

    private static ShootoutPlan plan(int seeds) {
        return new ShootoutPlan(List.of(Contender.of(ActivationSpec.of("relu")), Contender.of(ActivationSpec.of("tanh"))),
                ShootoutTask.builtIn(Task.XOR), List.of(4), 40, STEPS, seeds, List.of(0.1), Optional.empty(),
                OptimizerKind.GD, 0, 0.95, 0);
    }

    /** Runs with the given steps to target ("-" = never reached) for contender 1; contender 0 reaches it at 100 always. */
    private static ShootoutResult result(String steps) {
        String[] values = steps.split(" ");
        ShootoutPlan plan = plan(values.length);
        List<RunResult> runs = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            for (int s = 0; s < values.length; s++) {
                OptionalInt reached = c == 0 ? OptionalInt.of(100)
                        : values[s].equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(values[s]));
                runs.add(new RunResult(plan.key(plan.index(c, 0, 0, s + 1)), 0.1, 0.2, 0.9, reached, 0, 0,
                        OptionalInt.empty(), new double[plan.recordedSteps().length], Double.NaN));
            }
        }
        return new ShootoutResult(plan, runs, true);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10 20 30     | 20.0   | 3",
        "10 20 -      | 20.0   | 2",
        "10 - -       | > 500  | 1",
        "10 20 - -    | > 500  | 2",
        "10 20 30 -   | 25.0   | 3",
        "- - -        | > 500  | 0",
    })
    void theMedianIsCensoredOnlyWhenTheMiddleRunNeverReachedTheTarget(String steps, String median, int reached) {
        ShootoutResult result = result(steps.trim());
        String tanh = ShootoutCsv.summary(result).lines().skip(2).findFirst().orElseThrow();
        List<String> fields = List.of(tanh.split(",", -1));
        List<String> header = List.of(ShootoutCsv.summaryHeader().split(","));
        assertThat(fields.get(header.indexOf("steps_to_target_median"))).isEqualTo(median);
        assertThat(fields.get(header.indexOf("reached"))).isEqualTo(Integer.toString(reached));
        List<String> runs = ShootoutCsv.runs(result).lines().skip(1 + steps.trim().split(" ").length).toList();
        String[] values = steps.trim().split(" ");
        for (int i = 0; i < values.length; i++) {
            assertThat(runs.get(i).split(",", -1)[7]).isEqualTo(values[i].equals("-") ? "" : values[i]);
        }
    }

    @ParameterizedTest
    @CsvSource({"- - - - - -, verdict.steps.higher", "10 20 30 40 50 60, verdict.steps.lower"})
    void neverReachingTheTargetCountsAsSlowerNotAsMissing(String steps, String verdict) {
        SummaryRow tanh = SummaryRow.of(result(steps)).get(1);
        Comparison c = tanh.comparisons().get(Measure.STEPS_TO_TARGET);
        assertThat(c.verdictKey()).hasValue(verdict);
    }

    @ParameterizedTest
    @CsvSource({"1.0", "0.5"})
    void aRealRunThatNeverReachesTheTargetHasNoStepsToTarget(double target) {
        ShootoutPlan plan = new ShootoutPlan(List.of(Contender.of(ActivationSpec.of("sigmoid"))),
                ShootoutTask.builtIn(Task.CIRCLE), List.of(2), 40, 3, 1, List.of(0.001), Optional.empty(), OptimizerKind.GD, 0, target, 0);
        RunResult run = RunTraining.run(plan, plan.key(0), () -> false).orElseThrow();
        if (target == 1.0) {
            assertThat(run.stepsToTarget()).isEmpty();
        } else {
            assertThat(run.stepsToTarget()).hasValue(0);
        }
    }
}
