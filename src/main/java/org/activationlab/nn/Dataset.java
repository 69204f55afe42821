package org.activationlab.nn;

import java.util.Arrays;

/**
 * An immutable set of labelled points: inputs stored row by row in one flat array.
 *
 * <p>For {@link ProblemType#CLASSIFICATION} each point has two features and a label 0 or 1;
 * for {@link ProblemType#REGRESSION} one feature and a real target. All numbers are finite.
 */
public final class Dataset {
    private final ProblemType type;
    private final double[] inputs;
    private final double[] targets;

    /**
     * @param type classification or regression
     * @param inputs {@code size * type.inputs()} features, point by point
     * @param targets one label (0 or 1) or target per point
     * @throws IllegalArgumentException if the lengths disagree, a number is not finite or a label is not 0 or 1
     */
    public Dataset(ProblemType type, double[] inputs, double[] targets) {
        if (inputs.length != targets.length * type.inputs()) {
            throw new IllegalArgumentException(NnTexts.format("error.dataset.inputCount", targets.length,
                    targets.length * type.inputs(), inputs.length));
        }
        for (double v : inputs) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(NnTexts.format("error.dataset.input", v));
            }
        }
        for (double t : targets) {
            if (!Double.isFinite(t) || type == ProblemType.CLASSIFICATION && t != 0 && t != 1) {
                throw new IllegalArgumentException(NnTexts.format(type == ProblemType.CLASSIFICATION
                        ? "error.dataset.label" : "error.dataset.target", t));
            }
        }
        this.type = type;
        this.inputs = inputs.clone();
        this.targets = targets.clone();
    }

    /** Classification or regression. */
    public ProblemType type() {
        return type;
    }

    /** The number of points. */
    public int size() {
        return targets.length;
    }

    /** Whether there are no points. */
    public boolean isEmpty() {
        return targets.length == 0;
    }

    /** Feature {@code feature} (0-based) of point {@code point}. */
    public double input(int point, int feature) {
        return inputs[point * type.inputs() + feature];
    }

    /** The label (0 or 1) or regression target of point {@code point}. */
    public double target(int point) {
        return targets[point];
    }

    /** A copy of all features, point by point. */
    public double[] inputs() {
        return inputs.clone();
    }

    /** A copy of all labels or targets. */
    public double[] targets() {
        return targets.clone();
    }

    /** The flat feature array itself, for the trainer's loops; callers must not modify it. */
    double[] inputArray() {
        return inputs;
    }

    /** The features transposed, feature by feature: entry {@code f * size() + i} is feature f of point i. */
    double[] featureMajorInputs() {
        return Propagation.featureMajor(inputs, type.inputs());
    }

    /** The target array itself, for the trainer's loops; callers must not modify it. */
    double[] targetArray() {
        return targets;
    }

    /** The points at {@code indices}, in that order. */
    public Dataset select(int[] indices) {
        int d = type.inputs();
        double[] x = new double[indices.length * d];
        double[] y = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(inputs, indices[i] * d, x, i * d, d);
            y[i] = targets[indices[i]];
        }
        return new Dataset(type, x, y);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset other && type == other.type
                && Arrays.equals(inputs, other.inputs) && Arrays.equals(targets, other.targets);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * type.hashCode() + Arrays.hashCode(inputs)) + Arrays.hashCode(targets);
    }

    @Override
    public String toString() {
        return type.name().toLowerCase() + " data set of " + size() + " points";
    }
}
