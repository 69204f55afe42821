package org.activationlab.nn;

import java.util.Arrays;
import org.activationlab.model.Numbers;

/**
 * Training and test points of one problem. The test set may be empty.
 *
 * @param train the points the network learns from (never empty)
 * @param test held-out points used only for measuring
 */
public record DataSplit(Dataset train, Dataset test) {

    /** The largest allowed test fraction: at least a tenth of the points stay for training. */
    public static final double MAX_TEST_FRACTION = 0.9;

    public DataSplit {
        if (train.isEmpty()) {
            throw new IllegalArgumentException(NnTexts.get("error.split.emptyTraining"));
        }
        if (train.type() != test.type()) {
            throw new IllegalArgumentException("training data is " + train.type() + " but test data is " + test.type());
        }
    }

    /** Classification or regression. */
    public ProblemType type() {
        return train.type();
    }

    /**
     * Splits {@code all} into test and training points: a seeded random choice of
     * {@code round(size * testFraction)} points is held out for testing; the training points
     * keep their original order.
     *
     * @throws IllegalArgumentException if the fraction is outside [0, 0.9] or no training point would remain
     */
    public static DataSplit split(Dataset all, double testFraction, long seed) {
        int testSize = testSize(all.size(), testFraction);
        int[] order = new int[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Rng.stream(seed, RandomStreams.SPLIT).shuffle(order);
        boolean[] held = new boolean[all.size()];
        int[] testIndices = new int[testSize];
        for (int i = 0; i < testSize; i++) {
            held[order[i]] = true;
            testIndices[i] = order[i];
        }
        Arrays.sort(testIndices);
        int[] trainIndices = new int[all.size() - testSize];
        for (int i = 0, k = 0; i < held.length; i++) {
            if (!held[i]) {
                trainIndices[k++] = i;
            }
        }
        return new DataSplit(all.select(trainIndices), all.select(testIndices));
    }

    /**
     * The number of test points for {@code points} points in all: {@code round(points * testFraction)}.
     *
     * @throws IllegalArgumentException if the fraction is outside [0, 0.9] or no training point would remain
     */
    public static int testSize(int points, double testFraction) {
        if (!(testFraction >= 0 && testFraction <= MAX_TEST_FRACTION)) {
            throw new IllegalArgumentException(NnTexts.format("error.split.testFraction", Numbers.format(MAX_TEST_FRACTION),
                    Numbers.format(testFraction)));
        }
        int testSize = (int) Math.round(points * testFraction);
        if (points - testSize < 1) {
            throw new IllegalArgumentException(NnTexts.format("error.split.noTrainingPoint", points,
                    Numbers.format(testFraction)));
        }
        return testSize;
    }
}
