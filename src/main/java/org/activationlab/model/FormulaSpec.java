package org.activationlab.model;

import java.util.Map;
import org.activationlab.model.formula.FormulaActivation;

/**
 * A formula the user typed, with the values of its declared parameters: the {@link ActivationSpec}
 * of any activation outside the catalogue. Equal when the formula texts (as typed, without
 * surrounding white space) and all parameter values are equal.
 *
 * <p>Keeps the compiled activation it resolves to: the formula is parsed once, when the spec is
 * made, and a changed parameter recompiles the parsed formula without parsing it again.
 */
public final class FormulaSpec implements ActivationSpec {
    private final FormulaActivation activation;

    private FormulaSpec(FormulaActivation activation) {
        this.activation = activation;
    }

    /** The spec of {@code activation}. */
    static FormulaSpec of(FormulaActivation activation) {
        return new FormulaSpec(activation);
    }

    /** The formula text: it names the activation in files and on the command line. */
    @Override
    public String name() {
        return activation.name();
    }

    @Override
    public Map<String, Double> parameters() {
        return activation.parameterValues();
    }

    @Override
    public ActivationSpec with(String key, double value) {
        return new FormulaSpec(activation.with(key, value));
    }

    @Override
    public ActivationSpec with(Map<String, Double> values) {
        return new FormulaSpec(activation.with(values));
    }

    @Override
    public FormulaActivation resolve() {
        return activation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormulaSpec other && name().equals(other.name()) && parameters().equals(other.parameters());
    }

    @Override
    public int hashCode() {
        return name().hashCode() * 31 + parameters().hashCode();
    }

    /** {@code formula} or {@code formula{key=value, ...}}. */
    @Override
    public String toString() {
        return parameters().isEmpty() ? name() : name() + parameters();
    }
}
