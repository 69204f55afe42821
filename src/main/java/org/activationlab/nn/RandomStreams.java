package org.activationlab.nn;

/** The stream numbers passed to {@link Rng#stream}: one independent stream per purpose. */
final class RandomStreams {
    /** Initial weights. */
    static final long WEIGHTS = 1;
    /** Generated training points. */
    static final long TRAIN_DATA = 2;
    /** Generated test points. */
    static final long TEST_DATA = 3;
    /** The order of mini-batches. */
    static final long BATCHES = 4;
    /** The choice of held-out points from a user's file. */
    static final long SPLIT = 5;
    /** RReLU's random slopes in training-mode passes. */
    static final long RRELU_SLOPES = 6;

    private RandomStreams() {
    }
}
