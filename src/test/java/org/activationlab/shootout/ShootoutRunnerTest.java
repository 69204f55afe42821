package org.activationlab.shootout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner: progress, cancelling, and partial results that agree with the full ones. */
class ShootoutRunnerTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static ShootoutPlan plan(int steps) {
        return new ShootoutPlan(List.of(Contender.of(ActivationSpec.of("relu")), Contender.of(ActivationSpec.of("tanh"))),
                ShootoutTask.builtIn(Task.CIRCLE), List.of(4), 60, steps, 4, List.of(0.1), Optional.empty(),
                OptimizerKind.GD, 0, 0.9, 0);
    }

    @Test
    void reportsEveryRunAndMergesInThePlansOrder() {
        AtomicInteger calls = new AtomicInteger();
        ShootoutResult result = ShootoutRunner.run(plan(20), pool, () -> false, (run, done, total) -> {
            calls.incrementAndGet();
            assertThat(total).isEqualTo(8);
        });
        assertThat(calls).hasValue(8);
        assertThat(result.complete()).isTrue();
        assertThat(result.runs()).extracting(r -> r.key().index()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void cancelKeepsExactlyTheFinishedRunsEachEqualToItsUncancelledRun() {
        ShootoutPlan plan = plan(2000);
        ShootoutResult full = ShootoutRunner.run(plan, pool, () -> false, (run, done, total) -> { });
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger reported = new AtomicInteger();
        ShootoutResult partial = ShootoutRunner.run(plan, pool, cancel::get, (run, done, total) -> {
            reported.incrementAndGet();
            if (done == 3) {
                cancel.set(true);
            }
        });
        assertThat(partial.complete()).isFalse();
        assertThat(partial.runs().size()).isBetween(3, 4).isEqualTo(reported.get());
        for (RunResult r : partial.runs()) {
            RunResult same = full.runs().get(r.key().index());
            assertThat(r.finalLoss()).isEqualTo(same.finalLoss());
            assertThat(r.curve()).containsExactly(same.curve());
            assertThat(r.stepsToTarget()).isEqualTo(same.stepsToTarget());
        }
        assertThat(partial.runs()).extracting(r -> r.key().index()).isSorted();
        String summary = ShootoutCsv.summary(partial);
        assertThat(summary.lines()).hasSize(1 + 2);
        int relu = (int) partial.runs().stream().filter(r -> r.key().contender() == 0).count();
        assertThat(summary.lines().skip(1).findFirst().orElseThrow()).startsWith("circle,relu,0.1," + relu + ",");
        assertThat(ShootoutCsv.runs(partial).lines()).hasSize(1 + partial.runs().size());
    }

    @Test
    void aCancelBeforeTheStartRunsNothing() {
        ShootoutResult none = ShootoutRunner.run(plan(20), pool, () -> true, (run, done, total) -> { });
        assertThat(none.runs()).isEmpty();
        assertThat(none.complete()).isFalse();
        assertThat(ShootoutCsv.summary(none).lines().skip(1)).allMatch(l -> l.startsWith("circle,") && l.contains(",,0,"));
    }
}
