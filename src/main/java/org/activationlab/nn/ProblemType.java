package org.activationlab.nn;

/**
 * What the network predicts, which fixes its input count, its output unit and its loss.
 */
public enum ProblemType {
    /**
     * Two input features, a label 0 or 1; one sigmoid output unit trained with the mean binary
     * cross-entropy, computed from the logit as PyTorch's {@code BCEWithLogitsLoss} does.
     */
    CLASSIFICATION(2, "x1,x2,label"),
    /** One input feature, a real target; one linear output unit trained with the mean squared error. */
    REGRESSION(1, "x,y");

    private final int inputs;
    private final String csvHeader;

    ProblemType(int inputs, String csvHeader) {
        this.inputs = inputs;
        this.csvHeader = csvHeader;
    }

    /** The number of input features. */
    public int inputs() {
        return inputs;
    }

    /** The header of this type's data CSV: {@code x1,x2,label} or {@code x,y}. */
    public String csvHeader() {
        return csvHeader;
    }
}
