package org.activationlab.model;

import java.util.Map;

/**
 * A catalogue function with the values of all its parameters: the {@link ActivationSpec} of a
 * built-in. Equal when the names and all parameter values are equal ({@link Double#equals}:
 * bit for bit, so 0.0 and -0.0 differ as they do for the function).
 *
 * <p>A class rather than a record so that it can keep the activation it resolves to: made once,
 * with every value validated by the function's own parameter domains, and not part of equality.
 */
public final class CatalogueSpec implements ActivationSpec {
    private final Activation activation;
    private final Map<String, Double> parameters;

    private CatalogueSpec(Activation activation) {
        this.activation = activation;
        this.parameters = activation.parameterValues();
    }

    /** The spec of {@code activation}, a catalogue function with its current values. */
    static CatalogueSpec of(Activation activation) {
        if (!Catalogue.contains(activation.name())) {
            throw new UnknownActivationException(activation.name(), Catalogue.closestNames(activation.name(), 3));
        }
        return new CatalogueSpec(activation);
    }

    @Override
    public String name() {
        return activation.name();
    }

    @Override
    public Map<String, Double> parameters() {
        return parameters;
    }

    @Override
    public ActivationSpec with(String key, double value) {
        return new CatalogueSpec(activation.with(key, value));
    }

    @Override
    public ActivationSpec with(Map<String, Double> values) {
        return new CatalogueSpec(activation.with(values));
    }

    @Override
    public Activation resolve() {
        return activation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogueSpec other && name().equals(other.name()) && parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        return name().hashCode() * 31 + parameters.hashCode();
    }

    /** {@code name} or {@code name{key=value, ...}}, parameters in canonical order. */
    @Override
    public String toString() {
        return parameters.isEmpty() ? name() : name() + parameters;
    }
}
