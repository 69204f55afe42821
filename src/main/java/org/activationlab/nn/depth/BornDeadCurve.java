package org.activationlab.nn.depth;
import org.activationlab.nn.NnTexts;

/**
 * The estimated probability that a ReLU network is born dead, for each depth from 1 to
 * {@link BornDeadConfig#maxDepth()}.
 */
public final class BornDeadCurve {
    private final BornDeadConfig config;
    private final int[] deadCounts;

    BornDeadCurve(BornDeadConfig config, int[] deadCounts) {
        this.config = config;
        this.deadCounts = deadCounts.clone();
    }

    /** What was estimated. */
    public BornDeadConfig config() {
        return config;
    }

    /** The share of trials whose network of {@code depth} hidden layers was born dead. */
    public double probability(int depth) {
        return (double) deadCounts[index(depth)] / config.trials();
    }

    /** The binomial standard error of {@link #probability}: sqrt(p (1 - p) / trials). */
    public double standardError(int depth) {
        double p = probability(depth);
        return Math.sqrt(p * (1 - p) / config.trials());
    }

    private int index(int depth) {
        if (depth < 1 || depth > config.maxDepth()) {
            throw new IllegalArgumentException(NnTexts.format("error.bornDead.curveDepth", config.maxDepth(), depth));
        }
        return depth - 1;
    }
}
