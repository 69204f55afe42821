package org.activationlab.cli;

import org.activationlab.model.ActivationSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code (--function NAME | --formula EXPR) [--param KEY=VALUE]...}: one catalogue function, or a
 * formula of x whose parameters the {@code --param} options declare, with their values.
 */
public final class FunctionOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    private Choice choice;

    @Mixin
    private ParameterOptions parameters;

    /** Exactly one of the two. */
    static final class Choice {
        @Option(names = "--function", required = true, paramLabel = "NAME", descriptionKey = "function")
        String name;

        @Option(names = "--formula", required = true, paramLabel = "EXPR", descriptionKey = "formula")
        String formula;
    }

    /**
     * The chosen function with its parameters set ({@link ParameterOptions#applyTo}), or the formula
     * with its parameters declared ({@link ParameterOptions#declareFor}).
     */
    public ActivationSpec spec() {
        return choice.formula != null ? parameters.declareFor(choice.formula) : parameters.applyTo(choice.name);
    }
}
