package org.activationlab.nn;

import org.activationlab.model.Activation;

/**
 * The shape of one layer and where its parameters sit in the network's flat parameter array:
 * first the weights, row by row ({@code rows() x inputs}, as {@code weights[row][input]}), then
 * one bias per row, then (when the unit kind {@link UnitKind#learnsAlpha() learns one}) the
 * alpha. A unit has {@link UnitKind#rowsPerUnit()} rows, unit by unit (a gated layer: all a rows, then all b rows).
 *
 * @param unitKind how outputs are formed from the rows (the output layer: identity, unit by unit)
 * @param inputs the number of inputs (the previous layer's units, or the input features)
 * @param units the number of outputs
 * @param weightOffset index of the first weight
 * @param biasOffset index of the first bias
 * @param alphaOffset index of the learned alpha, or -1
 */
public record LayerShape(UnitKind unitKind, int inputs, int units, int weightOffset, int biasOffset,
                         int alphaOffset) {

    /** The shape of a layer whose parameters start at {@code offset}. */
    static LayerShape at(int offset, UnitKind unitKind, int inputs, int units) {
        int biasOffset = offset + units * unitKind.rowsPerUnit() * inputs;
        int alphaOffset = unitKind.learnsAlpha() ? biasOffset + units * unitKind.rowsPerUnit() : -1;
        return new LayerShape(unitKind, inputs, units, offset, biasOffset, alphaOffset);
    }

    /** The activation that names the layer (identity for the output layer). */
    public Activation activation() {
        return unitKind.activation();
    }

    /** Pre-activation rows per unit (Maxout's k pieces, a gated unit's 2, else 1). */
    public int rowsPerUnit() {
        return unitKind.rowsPerUnit();
    }

    /** The pre-activation row of piece {@code piece} of unit {@code unit} (see {@link UnitKind#row}). */
    public int row(int unit, int piece) {
        return unitKind.row(unit, piece, units);
    }

    /** Pre-activations per input point: units times rows per unit. */
    public int rows() {
        return units * unitKind.rowsPerUnit();
    }

    /** The number of weights. */
    public int weightCount() {
        return rows() * inputs;
    }

    /** The index just past this layer's parameters. */
    public int end() {
        return alphaOffset >= 0 ? alphaOffset + 1 : biasOffset + rows();
    }

    /** Whether the layer learns an alpha (PReLU). */
    public boolean hasAlpha() {
        return alphaOffset >= 0;
    }
}
