package org.activationlab.ui.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.FormulaSpec;
import org.activationlab.model.Parameter;

/**
 * What the {@link FormulaEditor} makes: a typed formula with its declared parameters, each with
 * its default (the spec's value) and the range of its slider. Immutable, compared by value.
 *
 * @param spec the formula; its parameter values are the defaults
 * @param ranges the slider range of every parameter of {@code spec}, in the spec's order
 */
public record FormulaDefinition(FormulaSpec spec, Map<String, SliderRange> ranges) {
    /** The model text describing a formula's parameter, as {@link org.activationlab.model.formula.FormulaActivation} uses. */
    private static final String FORMULA_PARAMETER = "parameter.formula";

    /** @throws IllegalArgumentException unless {@code ranges} has exactly the spec's parameters */
    public FormulaDefinition {
        Objects.requireNonNull(spec, "spec");
        if (!ranges.keySet().equals(spec.parameters().keySet())) {
            throw new IllegalArgumentException("slider ranges " + ranges.keySet() + " do not match the parameters "
                    + spec.parameters().keySet() + " of " + spec.name());
        }
        Map<String, SliderRange> ordered = new LinkedHashMap<>();
        for (String key : spec.parameters().keySet()) {
            ordered.put(key, ranges.get(key));
        }
        ranges = Collections.unmodifiableMap(ordered);
    }

    /**
     * The formula {@code text} with {@code defaults}, each parameter's slider over the range
     * {@code ranges} gives it or, where it gives none, the formula's own range around the default.
     *
     * @throws org.activationlab.model.formula.FormulaException where the text leaves the formula language
     * @throws IllegalArgumentException for a parameter name that is taken or a value that is not finite
     */
    public static FormulaDefinition of(String text, Map<String, Double> defaults, Map<String, SliderRange> ranges) {
        FormulaSpec spec = (FormulaSpec) ActivationSpec.formula(text, defaults);
        Map<String, SliderRange> all = new LinkedHashMap<>();
        for (Parameter p : spec.resolve().parameters()) {
            all.put(p.key(), ranges.getOrDefault(p.key(), SliderRange.of(p)));
        }
        return new FormulaDefinition(spec, all);
    }

    /** The formula text, which names it in the function lists, files and CSV columns. */
    public String name() {
        return spec.name();
    }

    /** The parameters with their defaults, in order. */
    public Map<String, Double> defaults() {
        return spec.parameters();
    }

    /**
     * The parameters of {@code formula} (a formula's activation, with any current values) as the
     * sliders show them: each with its default and the slider range {@code ranges} gives it, or its
     * own where it gives none.
     */
    public static List<Parameter> sliders(Activation formula, Map<String, SliderRange> ranges) {
        List<Parameter> list = new ArrayList<>();
        for (Parameter p : formula.parameters()) {
            SliderRange r = ranges.getOrDefault(p.key(), SliderRange.of(p));
            list.add(new Parameter(p.key(), FORMULA_PARAMETER, List.of(p.key()), p.defaultValue(), p.domain(),
                    r.min(), r.max()));
        }
        return List.copyOf(list);
    }
}
