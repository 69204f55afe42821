package org.activationlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command. Subcommands are registered in {@code subcommands} below; they inherit
 * {@code --help} and {@code --version}.
 */
@Command(name = "activation-lab", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class, sortOptions = false,
        description = "See, move and measure neural-network activation functions. "
                + "With no arguments the desktop app opens, and with a session file (activation-lab FILE.alab) "
                + "it opens with that session; these commands run headless.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:internal failure (a bug: please report it)",
            "2:bad input or an output that cannot be written (one line on stderr says what and what is allowed)",
            "3:training diverged (train; the files are still written)"},
        subcommands = {
            ListCommand.class,
            SampleCommand.class,
            PropertiesCommand.class,
            ExportCommand.class,
            TrainCommand.class,
            DepthCommand.class,
        })
public final class ActivationLabCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Reached only without a subcommand (the launcher opens the app instead). */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command is needed: "
                + String.join(", ", spec.subcommands().keySet()) + " (activation-lab --help explains them)");
    }
}
