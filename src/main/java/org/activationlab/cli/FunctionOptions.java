package org.activationlab.cli;

import org.activationlab.model.ActivationSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --function NAME [--param KEY=VALUE]...}: one catalogue function with its parameters. */
public final class FunctionOptions {
    @Option(names = "--function", required = true, paramLabel = "NAME",
            descriptionKey = "function")
    private String name;

    @Mixin
    private ParameterOptions parameters;

    /** The chosen function with its parameters set; see {@link ParameterOptions#applyTo}. */
    public ActivationSpec spec() {
        return parameters.applyTo(name);
    }
}
