package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Training steps allocate nothing, so a UI can run them without garbage-collection pauses.
 * Measured with HotSpot's per-thread allocation counter, which also shows a few dozen bytes the
 * JVM itself allocates now and then; one object per step would show at least 16 bytes per step.
 */
class AllocationTest {

    @ParameterizedTest(name = "{0}, batch {1}")
    @CsvSource({"tanh, 0", "prelu, 0", "maxout, 0", "relu, 16"})
    void stepsAllocateNothingBetweenHistoryGrowths(String activation, int batch) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of(activation), 8, 8);
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec).withBatchSize(batch).withLearningRate(0.01),
                Task.MOONS.split(100, 0.2, 0.1, 1));
        trainer.run(20);

        long before = threads.getCurrentThreadAllocatedBytes();
        trainer.run(200);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(trainer.steps()).as("history capacity is 256 rows, so it does not grow here").isEqualTo(220);
        assertThat(allocated).as("bytes allocated in 200 steps").isLessThan(200L * 16);
    }
}
