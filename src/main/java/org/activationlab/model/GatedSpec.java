package org.activationlab.model;

import java.util.Map;
import java.util.Objects;

/**
 * A gated unit, h(a, b) = a g(b) of two pre-activations ({@link Gate}): the {@link ActivationSpec}
 * of {@code glu}, {@code reglu}, {@code geglu} and {@code swiglu}. None has parameters. Equal when
 * the gates are equal.
 *
 * <p>A gated unit is not a function of one input, so {@link #resolve()} gives its diagonal
 * a = b, the "effective activation" x g(x) ({@link Gate#diagonal()}), for code that needs a
 * one-input function (a name, a picker entry, a curve). A network layer must not apply that
 * diagonal element by element: it asks {@link #gate()} and forms a and b from two rows each.
 */
public final class GatedSpec implements ActivationSpec {
    private final Gate gate;
    private final Activation diagonal;

    private GatedSpec(Gate gate) {
        this.gate = gate;
        this.diagonal = gate.diagonal();
    }

    /** The spec of the gated unit {@code gate}. */
    public static GatedSpec of(Gate gate) {
        return new GatedSpec(Objects.requireNonNull(gate));
    }

    /** The gated unit. */
    public Gate gate() {
        return gate;
    }

    /**
     * The diagonal x g(x) as a formula of the formula language (which has sigmoid, relu and erf
     * but not silu or gelu), e.g. {@code x * (x * sigmoid(x))} for SwiGLU: what to sample or
     * analyse instead of the two-input unit.
     */
    public String diagonalFormula() {
        return switch (gate) {
            case GLU -> "x * sigmoid(x)";
            case REGLU -> "x * relu(x)";
            case GEGLU -> "x * (x * (1 + erf(x / sqrt(2))) / 2)";
            case SWIGLU -> "x * (x * sigmoid(x))";
        };
    }

    /** The unit's name, e.g. {@code "swiglu"}. */
    @Override
    public String name() {
        return gate.unitName();
    }

    /** Always empty: the gated units have no parameters. */
    @Override
    public Map<String, Double> parameters() {
        return Map.of();
    }

    /** @throws InvalidParameterException always: a gated unit has no parameters */
    @Override
    public ActivationSpec with(String key, double value) {
        throw noParameter(key);
    }

    /** This spec for an empty map. @throws InvalidParameterException for any key: a gated unit has no parameters */
    @Override
    public ActivationSpec with(Map<String, Double> values) {
        if (!values.isEmpty()) {
            throw noParameter(values.keySet().iterator().next());
        }
        return this;
    }

    private InvalidParameterException noParameter(String key) {
        return new InvalidParameterException(ModelTexts.format("error.noSuchParameter.none", name(), key));
    }

    /** The name of the unit, e.g. "SwiGLU", not of its diagonal. */
    @Override
    public String displayName() {
        return gate().displayName();
    }

    /** The diagonal x g(x) (see the class comment), not the two-input unit. */
    @Override
    public Activation resolve() {
        return diagonal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GatedSpec other && gate == other.gate;
    }

    @Override
    public int hashCode() {
        return gate.hashCode();
    }

    /** The unit's name. */
    @Override
    public String toString() {
        return name();
    }
}
