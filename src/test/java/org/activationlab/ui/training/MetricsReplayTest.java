package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.nn.TrainingSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics file of the Training tab replays the run from its seeds with the learning rate
 * changed where it was changed, so it ends at the loss the tab shows though the tab keeps older
 * steps only as envelopes.
 */
class MetricsReplayTest {

    @Test
    void theReplayedFileEndsWhereTheRunIsAfterALearningRateChange(@TempDir Path folder) throws Exception {
        TrainingState setup = TrainingState.INITIAL.with(e -> e.points = 40);
        try (TrainingRunner runner = new TrainingRunner(List.of(new TrainingRunner.Run(setup.config(), setup.data())))) {
            runner.step(6_000);
            runner.setLearningRate(0.02);
            runner.step(100);
            TrainingSnapshot shown = waitForStep(runner, 6_100);
            assertThat(shown.history().firstFullStep()).as("the tab no longer holds step 0").isPositive();

            RunReplay replay = runner.replay(shown);
            Path file = folder.resolve("metrics.csv");
            TrainingExports.writeMetrics(replay, file);

            assertThat(replay.changes()).singleElement().satisfies(c -> {
                assertThat(c.step()).isEqualTo(6_000);
                assertThat(c.learningRate()).isEqualTo(0.02);
            });
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(1 + 6_101);
            String[] last = lines.get(lines.size() - 1).split(",");
            assertThat(last[0]).isEqualTo("6100");
            assertThat(Double.parseDouble(last[1])).isEqualTo(shown.loss());
        }
    }

    private static TrainingSnapshot waitForStep(TrainingRunner runner, int step) throws InterruptedException {
        for (int i = 0; i < 1_200; i++) {
            List<TrainingSnapshot> latest = runner.latest();
            if (latest != null && latest.get(0).step() == step) {
                return latest.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the runner did not reach step " + step + " within a minute");
    }
}
