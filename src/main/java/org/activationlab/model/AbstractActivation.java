package org.activationlab.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds an activation's description, declared parameters and their current values, and
 * implements {@link #with(String, double)} on top of {@link #withValues(double[])}.
 */
abstract class AbstractActivation implements Activation {
    private final ActivationInfo info;
    private final List<Parameter> parameters;
    /** Current parameter values, in the order of {@link #parameters()}. */
    protected final double[] p;

    protected AbstractActivation(ActivationInfo info, List<Parameter> parameters, double[] values) {
        this.info = info;
        this.parameters = List.copyOf(parameters);
        this.p = values.clone();
    }

    /** A parameterless activation. */
    protected AbstractActivation(ActivationInfo info) {
        this(info, List.of(), new double[0]);
    }

    /** The defaults of {@code parameters}, in order. */
    protected static double[] defaults(List<Parameter> parameters) {
        return parameters.stream().mapToDouble(Parameter::defaultValue).toArray();
    }

    @Override
    public final ActivationInfo info() {
        return info;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public Map<String, Double> parameterValues() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            values.put(parameters.get(i).key(), p[i]);
        }
        return Collections.unmodifiableMap(values);
    }

    @Override
    public Activation with(String key, double value) {
        int index = indexOf(key);
        double[] values = p.clone();
        values[index] = parameters.get(index).validate(name(), value);
        return withValues(values);
    }

    /** The position of {@code key} among the parameters. */
    protected final int indexOf(String key) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new InvalidParameterException(parameters.isEmpty()
                ? ModelTexts.format("error.noSuchParameter.none", name(), key)
                : ModelTexts.format("error.noSuchParameter", name(), key,
                        String.join(", ", parameters.stream().map(Parameter::key).toList())));
    }

    /** A new instance of the same function with the given, already validated, values. */
    protected abstract Activation withValues(double[] values);

    /**
     * Returns f(x) and stores f'(x) in {@code derivatives[i]}. The grid fast path calls this once
     * per point; functions whose value and derivative share work (one exp for both) override it,
     * computing exactly what {@link #value} and {@link #derivative} compute, so both paths agree
     * to the last bit.
     */
    protected double valueAndDerivative(double x, double[] derivatives, int i) {
        derivatives[i] = derivative(x);
        return value(x);
    }

    @Override
    public void fill(double[] xs, double[] values, double[] derivatives) {
        if (derivatives == null) {
            if (values != null) {
                for (int i = 0; i < xs.length; i++) {
                    values[i] = value(xs[i]);
                }
            }
            return;
        }
        for (int i = 0; i < xs.length; i++) {
            double v = valueAndDerivative(xs[i], derivatives, i);
            if (values != null) {
                values[i] = v;
            }
        }
    }

    @Override
    public List<Double> kinks() {
        return List.of();
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? name() : name() + parameterValues();
    }
}
