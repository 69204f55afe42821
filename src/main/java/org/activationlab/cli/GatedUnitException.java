package org.activationlab.cli;

import org.activationlab.model.GatedSpec;

/**
 * A gated unit ({@code glu}, {@code reglu}, {@code geglu}, {@code swiglu}) named where a function of
 * one input x is needed ({@code sample}, {@code properties}, {@code export}, {@code depth}): the
 * message names the unit's two inputs and the formula of its diagonal x g(x) to use instead.
 */
final class GatedUnitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    GatedUnitException(GatedSpec unit) {
        super(CliTexts.format("error.gatedUnit", unit.name(), unit.gate().gate().name(), unit.diagonalFormula()));
    }
}
