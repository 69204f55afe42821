package org.activationlab.nn.depth;
import org.activationlab.nn.NnTexts;

/**
 * A Monte-Carlo estimate of how often a narrow deep ReLU network is born dead.
 *
 * @param width the units per hidden layer, from {@value #MIN_WIDTH} to {@value #MAX_WIDTH}
 * @param maxDepth the deepest network, in hidden layers, from 1 to {@value #MAX_DEPTH}
 * @param trials the networks drawn, from {@value #MIN_TRIALS} to {@value #MAX_TRIALS}
 * @param seed fixes every draw
 */
public record BornDeadConfig(int width, int maxDepth, int trials, long seed) {
    /** The narrowest network. */
    public static final int MIN_WIDTH = 1;
    /** The widest network: beyond this almost no network dies within {@value #MAX_DEPTH} layers. */
    public static final int MAX_WIDTH = 16;
    /** The deepest network. */
    public static final int MAX_DEPTH = 100;
    /** The fewest trials. */
    public static final int MIN_TRIALS = 10;
    /** The most trials. */
    public static final int MAX_TRIALS = 20_000;

    /**
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public BornDeadConfig {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException(NnTexts.format("error.depth.width", MIN_WIDTH, MAX_WIDTH, width));
        }
        if (maxDepth < 1 || maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException(NnTexts.format("error.bornDead.depth", MAX_DEPTH, maxDepth));
        }
        if (trials < MIN_TRIALS || trials > MAX_TRIALS) {
            throw new IllegalArgumentException(NnTexts.format("error.bornDead.trials", MIN_TRIALS, MAX_TRIALS, trials));
        }
    }
}
