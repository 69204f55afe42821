package org.activationlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.model.GatedSpec;
import org.activationlab.model.InvalidParameterException;
import picocli.CommandLine.Option;

/**
 * The repeatable {@code --param KEY=VALUE} option, for any command that builds an activation
 * ({@code @Mixin ParameterOptions parameters;}).
 */
public final class ParameterOptions {
    @Option(names = "--param", paramLabel = "KEY=VALUE", converter = ParamAssignmentConverter.class,
            descriptionKey = "param")
    private List<ParamAssignment> assignments = new ArrayList<>();

    /** The parameter names given, in order (for commands that accept only some of a function's parameters). */
    public List<String> keys() {
        return assignments.stream().map(ParamAssignment::key).toList();
    }

    /**
     * The catalogue function {@code name} with the given parameters set, in the function's canonical order.
     *
     * @throws org.activationlab.model.UnknownActivationException for an unknown name
     * @throws GatedUnitException for a gated unit, which is not a function of one input
     * @throws InvalidParameterException for a parameter given twice, an unknown parameter or a
     *     value out of range
     */
    public ActivationSpec applyTo(String name) {
        ActivationSpec spec = applyToLayer(name);
        if (spec instanceof GatedSpec unit) {
            throw new GatedUnitException(unit);
        }
        return spec;
    }

    /**
     * As {@link #applyTo}, but also a gated unit (which takes no parameters): what a network layer can use.
     *
     * @throws org.activationlab.model.UnknownActivationException for an unknown name
     * @throws InvalidParameterException for a parameter given twice, an unknown parameter or a
     *     value out of range
     */
    public ActivationSpec applyToLayer(String name) {
        if (!ActivationSpec.isKnownName(name)) {
            Catalogue.get(name);
        }
        return ActivationSpec.of(name, values(name));
    }

    /**
     * The formula {@code text} with the given parameters declared, each with its value, in the order given.
     *
     * @throws org.activationlab.model.formula.FormulaException where the formula leaves the language
     * @throws InvalidParameterException for a parameter given twice, a name that is taken or not a name
     */
    public ActivationSpec declareFor(String text) {
        return ActivationSpec.formula(text, values(text));
    }

    /** The assignments as a map in the order given, refusing a parameter given twice for {@code function}. */
    private Map<String, Double> values(String function) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParamAssignment a : assignments) {
            if (values.put(a.key(), a.value()) != null) {
                throw new InvalidParameterException(CliTexts.format("error.param.twice", a.key(), function));
            }
        }
        return values;
    }
}
