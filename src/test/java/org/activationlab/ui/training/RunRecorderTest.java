package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ReachableBytes;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Task;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.nn.TrainingSnapshot;
import org.junit.jupiter.api.Test;

/** The frames recorded for an animation span the run evenly in memory that does not grow with its length. */
class RunRecorderTest {

    /** Records a snapshot every 10 steps for {@code steps} steps and returns the bytes per kept snapshot. */
    private static double bytesPerFrame(RunRecorder recorder, Trainer trainer, int steps) {
        for (int k = 0; k < steps; k += 10) {
            trainer.run(10);
            recorder.add(trainer.snapshot());
        }
        List<TrainingSnapshot> frames = recorder.frames(Integer.MAX_VALUE);
        return (double) ReachableBytes.of(frames) / frames.size();
    }

    @Test
    void aFrameOfAHundredThousandStepsTakesNoMoreThanOneOfTenThousand() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("relu"), 3);
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec), Task.XOR.split(20, 0, 0.2, 3));
        RunRecorder recorder = new RunRecorder();

        double early = bytesPerFrame(recorder, trainer, 10_000);
        double late = bytesPerFrame(recorder, trainer, 90_000);

        assertThat(late).as("bytes per frame after 100,000 steps (%.0f after 10,000)", early)
                .isLessThanOrEqualTo(early * 1.2);
    }

    @Test
    void framesSpanTheRunAndKeepTheirOwnStepsMetrics() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("relu"), 3);
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec), Task.XOR.split(20, 0, 0.2, 3));
        RunRecorder recorder = new RunRecorder();
        bytesPerFrame(recorder, trainer, 20_000);

        List<TrainingSnapshot> frames = recorder.frames(5);

        assertThat(frames).hasSize(5);
        assertThat(frames.get(0).step()).isEqualTo(10);
        assertThat(frames.get(4).step()).isGreaterThan(19_000);
        for (int i = 1; i < frames.size(); i++) {
            assertThat(frames.get(i).step()).isGreaterThan(frames.get(i - 1).step());
        }
        TrainingSnapshot last = frames.get(4);
        assertThat(last.history().size()).isEqualTo(last.step() + 1);
        assertThat(last.history().segmentCount()).as("only its own step").isEqualTo(1);
        assertThat(trainer.snapshot().history().upTo(frames.get(2).step()).size()).isEqualTo(frames.get(2).step() + 1);
    }
}
