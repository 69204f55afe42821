package org.activationlab.model.formula;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationInfo;
import org.activationlab.model.Domain;
import org.activationlab.model.InvalidParameterException;
import org.activationlab.model.Parameter;

/**
 * A typed formula as an {@link Activation}: f and f' by forward-mode differentiation of the
 * compiled formula ({@link Program}), following PyTorch's autograd on the same expression. Its
 * name is the formula as typed; its parameters are the declared ones, each with the value it was
 * declared with as default and any finite number allowed. Values that are undefined or infinite
 * (log(-1), 1/0) come out as NaN or infinity, never as an exception. The kinks are searched for
 * numerically ({@link KinkSearch}) the first time they are asked for. Immutable.
 */
public final class FormulaActivation implements Activation {
    private final Formula formula;
    private final Map<String, Double> defaults;
    private final Map<String, Double> values;
    private final Program program;
    private final ActivationInfo info;
    private volatile List<Double> kinks;

    private FormulaActivation(Formula formula, Map<String, Double> defaults, Map<String, Double> values) {
        this.formula = formula;
        this.defaults = defaults;
        this.values = Collections.unmodifiableMap(values);
        this.program = formula.compile(values);
        this.info = ActivationInfo.ofFormula(formula.text().strip(), "f(x) = " + formula.canonicalText(),
                "f(x) = " + formula.latex(), "f'(x) = " + formula.derivativeLatex());
    }

    /**
     * The formula {@code text} with its parameters declared with these values (also their
     * defaults), in the map's order.
     *
     * @throws FormulaException where the text leaves the formula language
     * @throws InvalidParameterException for a parameter name that is taken or a value that is not finite
     */
    public static FormulaActivation of(String text, Map<String, Double> parameters) {
        Formula formula = Formula.parse(text, parameters.keySet());
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : parameters.entrySet()) {
            values.put(e.getKey(), parameter(text, e.getKey(), e.getValue()).validate(text.strip(), e.getValue()));
        }
        return new FormulaActivation(formula, Collections.unmodifiableMap(new LinkedHashMap<>(values)), values);
    }

    /** The parsed formula. */
    public Formula formula() {
        return formula;
    }

    /** The derivative as a formula, simplified. */
    public String derivativeText() {
        return formula.derivativeText();
    }

    @Override
    public ActivationInfo info() {
        return info;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> list = new ArrayList<>();
        defaults.forEach((key, value) -> list.add(parameter(formula.text(), key, value)));
        return List.copyOf(list);
    }

    /** A formula parameter: any finite number, with a slider around its default. */
    private static Parameter parameter(String text, String key, double defaultValue) {
        double reach = 2 * Math.max(1, Math.abs(Double.isFinite(defaultValue) ? defaultValue : 0));
        double start = Double.isFinite(defaultValue) ? defaultValue : 0;
        return new Parameter(key, "parameter.formula", List.of(key), start, Domain.ANY_FINITE, start - reach,
                start + reach);
    }

    @Override
    public Map<String, Double> parameterValues() {
        return values;
    }

    @Override
    public FormulaActivation with(String key, double value) {
        if (!values.containsKey(key)) {
            throw new InvalidParameterException(values.isEmpty()
                    ? FormulaTexts.format("formula.noSuchParameter.none", formula.text().strip(), key)
                    : FormulaTexts.format("formula.noSuchParameter", formula.text().strip(), key,
                            String.join(", ", values.keySet())));
        }
        Map<String, Double> changed = new LinkedHashMap<>(values);
        changed.put(key, parameter(formula.text(), key, defaults.get(key)).validate(formula.text().strip(), value));
        return new FormulaActivation(formula, defaults, changed);
    }

    @Override
    public FormulaActivation with(Map<String, Double> changes) {
        FormulaActivation result = this;
        for (Map.Entry<String, Double> e : changes.entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }

    @Override
    public double value(double x) {
        return program.value(x);
    }

    @Override
    public double derivative(double x) {
        return program.derivative(x);
    }

    @Override
    public void fill(double[] xs, double[] values, double[] derivatives) {
        program.fill(xs, values, derivatives);
    }

    /** The points where f is not differentiable, found numerically on |x| &lt;= 1e6 (see {@link KinkSearch}). */
    @Override
    public List<Double> kinks() {
        List<Double> found = kinks;
        if (found == null) {
            found = KinkSearch.kinks(program);
            kinks = found;
        }
        return found;
    }

    /** Equal when the texts (without surrounding white space), the defaults and the values are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FormulaActivation other && name().equals(other.name()) && defaults.equals(other.defaults)
                && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name(), defaults, values);
    }

    @Override
    public String toString() {
        return values.isEmpty() ? name() : name() + values;
    }
}
