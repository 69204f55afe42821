package org.activationlab.cli;

import org.activationlab.model.InvalidParameterException;
import org.activationlab.model.UnknownActivationException;
import org.activationlab.model.formula.FormulaException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports every error as one line on stderr, {@code activation-lab COMMAND: message}, with no
 * usage text and no stack trace. Bad input (picocli's parse errors, unknown functions, bad
 * parameters, formulas that do not parse, and {@link ParameterException}s thrown by commands) exits with
 * {@value #BAD_INPUT}; anything else is a failure of the program and exits with {@value #FAILURE}.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** Exit status for bad input. */
    static final int BAD_INPUT = 2;
    /** Exit status for a failure that is not the user's input. */
    static final int FAILURE = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        String message = PicocliMessages.localize(String.valueOf(ex.getMessage()));
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += CliTexts.format("error.didYouMean", String.join(CliTexts.get("error.didYouMean.or"),
                    unmatched.getSuggestions()));
        }
        report(ex.getCommandLine(), message);
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        if (ex instanceof ParameterException parameterException) {
            return handleParseException(parameterException, parseResult.originalArgs().toArray(String[]::new));
        }
        if (ex instanceof UnknownActivationException || ex instanceof InvalidParameterException
                || ex instanceof FormulaException || ex instanceof GatedUnitException) {
            report(commandLine, ex.getMessage());
            return BAD_INPUT;
        }
        report(commandLine, CliTexts.format("error.failed", ex));
        return FAILURE;
    }

    /**
     * Reports that standard output could not be written, and returns the exit status: {@value #BAD_INPUT},
     * as for other trouble with the command's surroundings. Java cannot tell a pipe closed by the
     * reader ({@code sample ... | head -1}) from a full disk, so the line names both and the status
     * is not 0 (a full disk must not pass for success), nor 1 (which means a bug).
     */
    static int outputFailed(CommandLine commandLine) {
        report(commandLine, CliTexts.get("error.output"));
        return BAD_INPUT;
    }

    private static void report(CommandLine commandLine, String message) {
        String oneLine = String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", "; ");
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + oneLine);
        commandLine.getErr().flush();
    }
}
