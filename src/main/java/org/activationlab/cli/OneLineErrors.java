package org.activationlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Makes a picocli command line report bad input the way every Activation Lab command does:
 * exit status 2 and one line on stderr ({@code error: ...}), no usage dump, no stack trace.
 * Unexpected failures exit 1 with one line too.
 */
public final class OneLineErrors {
    /** The exit status for input the user can fix. */
    public static final int BAD_INPUT = 2;
    /** The exit status for a failure that is not the user's. */
    public static final int INTERNAL_ERROR = 1;

    private OneLineErrors() {
    }

    /** Installs the handlers on {@code commandLine} (they apply to its subcommands too) and returns it. */
    public static CommandLine install(CommandLine commandLine) {
        commandLine.setParameterExceptionHandler((e, args) -> {
            report(e.getCommandLine().getErr(), e.getMessage());
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            report(cl.getErr(), "internal error: " + e);
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    /** Writes {@code message} as one line ({@code error: } and its first line) and flushes. */
    public static void report(PrintWriter err, String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        err.println("error: " + (newline < 0 ? text : text.substring(0, newline).strip()));
        err.flush();
    }
}
