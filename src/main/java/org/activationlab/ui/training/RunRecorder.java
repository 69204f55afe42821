package org.activationlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.nn.TrainingSnapshot;

/**
 * Keeps snapshots of a run, as shown, for an animation: every one at first; when
 * {@link #CAPACITY} are held, every other one is dropped and only every second one is kept
 * from then on, so the recording always spans the whole run evenly in bounded memory. Each kept
 * snapshot holds only its own step's metrics; the frames' history is cut from the newest history
 * ({@link org.activationlab.nn.MetricsHistory#upTo}).
 */
final class RunRecorder {
    /** The most snapshots held. */
    static final int CAPACITY = 512;

    private final List<TrainingSnapshot> kept = new ArrayList<>();
    private int stride = 1;
    private int seen;

    /** Offers the next snapshot shown. */
    void add(TrainingSnapshot snapshot) {
        if (!kept.isEmpty() && kept.get(kept.size() - 1).step() >= snapshot.step()) {
            return;
        }
        if (seen++ % stride != 0) {
            return;
        }
        kept.add(snapshot.withNewestHistoryOnly());
        if (kept.size() == CAPACITY) {
            for (int i = kept.size() - 1; i > 0; i -= 2) {
                kept.remove(i);
            }
            stride *= 2;
        }
    }

    /** Forgets everything, for a new run. */
    void clear() {
        kept.clear();
        stride = 1;
        seen = 0;
    }

    /** At most {@code count} snapshots evenly spread from the first to the last kept. */
    List<TrainingSnapshot> frames(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an animation needs at least one frame, got " + count);
        }
        int n = kept.size();
        if (n <= count) {
            return List.copyOf(kept);
        }
        List<TrainingSnapshot> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            frames.add(kept.get(count == 1 ? n - 1 : (int) Math.round((double) i * (n - 1) / (count - 1))));
        }
        return frames;
    }
}
