package org.activationlab.cli;

import java.io.PrintWriter;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.PropertyAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code properties}: the computed properties of one function (source text, section 6). */
@Command(name = "properties", sortOptions = false, sortSynopsis = false,
        description = "Print the properties computed from the function: range, monotonicity, f(0), f'(0), "
                + "near identity, zero-centred, saturation and dead regions, kinks, smoothness, "
                + "parameter count and measured cost relative to relu.")
final class PropertiesCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Mixin
    private FunctionOptions function;

    @Option(names = "--json", description = "Print a JSON object instead of the table.")
    private boolean json;

    @Override
    public void run() {
        ActivationProperties properties = PropertyAnalyzer.analyze(function.activation());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, PropertiesReport.json(properties));
        } else {
            out.print(PropertiesReport.text(properties));
        }
        out.flush();
    }
}
