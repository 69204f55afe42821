package org.activationlab.nn;

import org.activationlab.model.Activation;

/**
 * The shape of one layer and where its parameters sit in the network's flat parameter array:
 * first the weights, row by row ({@code rows() x inputs}, as {@code weights[row][input]}), then
 * one bias per row, then (PReLU only) the alpha. A Maxout layer has {@code units x pieces}
 * rows, unit by unit: row {@code u * pieces + j} is piece j of unit u.
 *
 * @param kind how outputs are formed
 * @param activation the activation (identity for the output layer)
 * @param inputs the number of inputs (the previous layer's units, or the input features)
 * @param units the number of outputs
 * @param pieces Maxout pieces per unit, 1 for other layers
 * @param weightOffset index of the first weight
 * @param biasOffset index of the first bias
 * @param alphaOffset index of the PReLU alpha, or -1
 */
public record LayerShape(LayerKind kind, Activation activation, int inputs, int units, int pieces,
                         int weightOffset, int biasOffset, int alphaOffset) {

    /** Pre-activations per input point: units times pieces. */
    public int rows() {
        return units * pieces;
    }

    /** The number of weights. */
    public int weightCount() {
        return rows() * inputs;
    }

    /** The index just past this layer's parameters. */
    public int end() {
        return alphaOffset >= 0 ? alphaOffset + 1 : biasOffset + rows();
    }

    /** Whether the layer learns a PReLU alpha. */
    public boolean hasAlpha() {
        return alphaOffset >= 0;
    }
}
