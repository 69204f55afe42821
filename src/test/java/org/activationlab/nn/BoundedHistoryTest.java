package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.activationlab.model.ActivationSpec;
import org.activationlab.ReachableBytes;
import org.activationlab.nn.MetricsHistory.Metric;
import org.junit.jupiter.api.Test;

/**
 * A run's history needs bounded memory however long the run: the newest steps in full, older ones
 * in min/max envelopes that keep every extreme.
 */
class BoundedHistoryTest {
    private static final int SHORT = 20_000;
    private static final int LONG = 200_000;

    private static Trainer tiny() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("relu"), 3);
        return new Trainer(TrainingConfig.defaults(spec), Task.XOR.split(20, 0, 0.2, 3));
    }

    @Test
    void theHistoryOfTenTimesMoreStepsTakesNoMoreMemory() {
        Trainer trainer = tiny();
        trainer.run(SHORT);
        long shortBytes = ReachableBytes.of(trainer.snapshot().history());
        trainer.run(LONG - SHORT);
        long longBytes = ReachableBytes.of(trainer.snapshot().history());

        assertThat(longBytes).as("bytes after %d steps (%d after %d)", LONG, shortBytes, SHORT)
                .isLessThanOrEqualTo(shortBytes + shortBytes / 10);
        assertThat(longBytes).isLessThan(2_000_000);
    }

    @Test
    void theNewestStepsAreKeptInFullAndOlderOnesInEnvelopesThatCoverEveryStepOnce() {
        Trainer trainer = tiny();
        trainer.run(LONG);
        MetricsHistory h = trainer.snapshot().history();

        assertThat(h.size()).isEqualTo(LONG + 1);
        assertThat(h.size() - h.firstFullStep()).isBetween(MetricsRecorder.FULL_ROWS, MetricsRecorder.FULL_ROWS
                + MetricsRecorder.CHUNK);
        assertThat(h.segmentCount()).isLessThanOrEqualTo(MetricsRecorder.MAX_BUCKETS + 1 + MetricsRecorder.FULL_ROWS
                + MetricsRecorder.CHUNK);
        int next = 0;
        for (int i = 0; i < h.segmentCount(); i++) {
            assertThat(h.segmentFirstStep(i)).as("segment %d", i).isEqualTo(next);
            next = h.segmentLastStep(i) + 1;
        }
        assertThat(next).isEqualTo(h.size());
        assertThat(h.loss(LONG)).isEqualTo(trainer.loss());
        assertThatThrownBy(() -> h.loss(0)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("kept in full");
    }

    @Test
    void envelopesKeepTheExtremesOfEveryStep() {
        Trainer trainer = tiny();
        double[] lossAt = new double[60_001];
        lossAt[0] = trainer.loss();
        for (int k = 1; k < lossAt.length; k++) {
            trainer.step();
            lossAt[k] = trainer.loss();
        }
        MetricsHistory h = trainer.snapshot().history();
        int loss = h.column(Metric.LOSS, 0);
        for (int i = 0; i < h.segmentCount(); i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = h.segmentFirstStep(i); k <= h.segmentLastStep(i); k++) {
                lo = Math.min(lo, lossAt[k]);
                hi = Math.max(hi, lossAt[k]);
            }
            assertThat(h.min(loss, i)).as("segment %d", i).isEqualTo(lo);
            assertThat(h.max(loss, i)).as("segment %d", i).isEqualTo(hi);
        }
    }

    @Test
    void aHistoryTakenEarlierNeverChangesAsTrainingGoesOn() {
        Trainer trainer = tiny();
        trainer.run(9_000);
        MetricsHistory early = trainer.snapshot().history();
        int loss = early.column(Metric.LOSS, 0);
        double[] mins = new double[early.segmentCount()];
        for (int i = 0; i < mins.length; i++) {
            mins[i] = early.min(loss, i);
        }
        trainer.run(100_000);
        for (int i = 0; i < mins.length; i++) {
            assertThat(early.min(loss, i)).isEqualTo(mins[i]);
        }
        assertThat(early.size()).isEqualTo(9_001);
    }

    @Test
    void upToCutsTheNewestHistoryAtAnEarlierStep() {
        Trainer trainer = tiny();
        trainer.run(50_000);
        MetricsHistory h = trainer.snapshot().history();

        MetricsHistory recent = h.upTo(49_000);
        assertThat(recent.size()).isEqualTo(49_001);
        assertThat(recent.loss(49_000)).isEqualTo(h.loss(49_000));
        MetricsHistory old = h.upTo(1_000);
        assertThat(old.size()).isEqualTo(1_001);
        assertThat(old.segmentLastStep(old.segmentCount() - 1)).isEqualTo(1_000);
        assertThat(old.segmentFirstStep(old.segmentCount() - 1)).isGreaterThan(1_000 - 2 * 50_000 / MetricsRecorder.MAX_BUCKETS);
    }

    @Test
    void theNewestOnlyCopyKeepsOneStepInAFewBytes() {
        Trainer trainer = tiny();
        trainer.run(30_000);
        TrainingSnapshot s = trainer.snapshot();
        TrainingSnapshot small = s.withNewestHistoryOnly();

        assertThat(small.loss()).isEqualTo(s.loss());
        assertThat(small.accuracy()).isEqualTo(s.accuracy());
        assertThat(ReachableBytes.of(small.history())).isLessThan(1_000);
    }
}
