package org.activationlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the headless command line; never touches JavaFX. */
public final class Cli {
    private Cli() {
    }

    /** The configured command line, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        OneLineErrors errors = new OneLineErrors();
        return new CommandLine(new ActivationLabCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /** Runs {@code args} on stdout and stderr and returns the exit status. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = commandLine(out, err).execute(args);
        out.flush();
        return status;
    }
}
