package org.activationlab.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Domain;
import org.activationlab.model.Gate;
import org.activationlab.model.Numbers;
import org.activationlab.model.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code list}: every function with its parameters, defaults and valid ranges. Its output is
 * machine-readable, so it is English in every language.
 *
 * <p>The text output then lists the gated units ({@link Gate}) under a line of their own,
 * {@code gated units (two inputs, train --activation only):}, one per line with its formula
 * {@code h(a, b) = a * g(b)}: they are not functions of one input, so {@code sample},
 * {@code properties} and {@code export} refuse them. {@code --json} lists the element-wise
 * functions only, as before, since each entry there is a function of x.
 */
@Command(name = "list", sortOptions = false, sortSynopsis = false)
final class ListCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Option(names = "--json", descriptionKey = "list.json")
    private boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<Activation> all = Catalogue.all();
        if (json) {
            Json.print(out, all.stream().map(ListCommand::describe).toList());
        } else {
            int width = Catalogue.names().stream().mapToInt(String::length).max().orElse(0);
            for (Activation a : all) {
                out.println(String.format("%-" + width + "s  %s", a.name(), parameterText(a)).strip());
            }
            out.println();
            out.println("gated units (two inputs, train --activation only):");
            for (Gate g : Gate.values()) {
                out.println(String.format("%-" + width + "s  h(a, b) = a * %s(b) (no parameters)", g.unitName(),
                        g.gate().name()));
            }
        }
    }

    private static String parameterText(Activation a) {
        if (a.parameters().isEmpty()) {
            return "(no parameters)"; // list is machine-readable: English in every language
        }
        List<String> parts = new ArrayList<>();
        Map<String, Double> defaults = a.parameterValues();
        for (Parameter p : a.parameters()) {
            parts.add(p.key() + "=" + Numbers.format(defaults.get(p.key())) + " (" + p.domain().describe(Locale.ROOT) + ")");
        }
        return String.join(", ", parts);
    }

    private static FunctionEntry describe(Activation a) {
        Map<String, Double> defaults = a.parameterValues();
        List<ParameterEntry> parameters = a.parameters().stream().map(p -> {
            Domain d = p.domain();
            return new ParameterEntry(p.key(), defaults.get(p.key()), p.description(Locale.ROOT), d.describe(Locale.ROOT),
                    Json.finiteOrNull(d.min()), d.minInclusive(), Json.finiteOrNull(d.max()), d.maxInclusive(),
                    d.integer());
        }).toList();
        return new FunctionEntry(a.name(), a.info().displayName(Locale.ROOT), a.info().formulaText(), parameters);
    }

    /** One function in {@code list --json}. */
    record FunctionEntry(String name, String displayName, String formula, List<ParameterEntry> parameters) {
    }

    /** One parameter in {@code list --json}; min and max are null when unbounded. */
    record ParameterEntry(String key, @JsonProperty("default") double defaultValue, String description,
                          String range, Double min, boolean minInclusive, Double max, boolean maxInclusive,
                          boolean integer) {
    }
}
