package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchSamplerTest {

    @ParameterizedTest(name = "{0} points in batches of {1}")
    @CsvSource({"10, 3", "10, 5", "7, 1", "9, 8"})
    void everyEpochVisitsEveryPointOnceWithASmallerLastBatch(int points, int batch) {
        BatchSampler sampler = new BatchSampler(points, batch, new Rng(1));
        int[] indices = new int[batch];
        List<List<Integer>> epochs = new ArrayList<>();
        for (int epoch = 0; epoch < 3; epoch++) {
            List<Integer> seen = new ArrayList<>();
            int remaining = points;
            while (remaining > 0) {
                int count = sampler.next(indices);
                assertThat(count).isEqualTo(Math.min(batch, remaining));
                for (int i = 0; i < count; i++) {
                    seen.add(indices[i]);
                }
                remaining -= count;
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(IntStream.range(0, points).boxed().toList());
            epochs.add(seen);
        }
        if (points > 3) {
            assertThat(epochs.get(1)).as("each epoch is reshuffled").isNotEqualTo(epochs.get(0));
        }
    }
}
