package org.activationlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command. Subcommands are registered in {@code subcommands} below; they inherit
 * {@code --help}, {@code --version} and {@code --lang}. Descriptions and headings of the usage
 * help come from the command line's texts ({@link CliTexts}), in the chosen language.
 */
@Command(name = "activation-lab", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class, sortOptions = false,
        subcommands = {
            ListCommand.class,
            SampleCommand.class,
            PropertiesCommand.class,
            ExportCommand.class,
            TrainCommand.class,
            DepthCommand.class,
            ShootoutCommand.class,
        })
public final class ActivationLabCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /**
     * The language of every message. {@link Cli#execute} reads and checks it before parsing (so that
     * picocli's own texts follow it too); declaring it here lets every command accept it and
     * lists it in {@code --help}.
     */
    @Option(names = Cli.LANG_OPTION, paramLabel = "en|zh", descriptionKey = "lang", scope = ScopeType.INHERIT)
    private String language;

    /** Reached only without a subcommand (the launcher opens the app instead). */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), CliTexts.format("error.noCommand",
                String.join(", ", spec.subcommands().keySet())));
    }
}
