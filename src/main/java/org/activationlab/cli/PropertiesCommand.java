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
@Command(name = "properties", sortOptions = false, sortSynopsis = false)
final class PropertiesCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Mixin
    private FunctionOptions function;

    @Option(names = "--json", descriptionKey = "properties.json")
    private boolean json;

    @Override
    public void run() {
        ActivationProperties properties = PropertyAnalyzer.analyze(function.spec().resolve());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, PropertiesReport.json(properties));
        } else {
            out.print(PropertiesReport.text(properties));
        }
        out.flush();
    }
}
