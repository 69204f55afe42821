package org.activationlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.activationlab.plot.Text;
import picocli.CommandLine;

/**
 * Runs the headless command line; never touches JavaFX. The language ({@code --lang en|zh}, or
 * the system locale's) is chosen before anything is parsed, so every message, picocli's usage
 * help included, is in that language.
 */
public final class Cli {
    /** The global option that chooses the language. */
    static final String LANG_OPTION = "--lang";
    /** The subcommand that draws figures, whose axis labels are LaTeX. */
    private static final String EXPORT = "export";

    private Cli() {
    }

    /** The configured command line in the current language, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        OneLineErrors errors = new OneLineErrors();
        return new CommandLine(new ActivationLabCommand())
                .setResourceBundle(CliTexts.forHelp())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /**
     * Runs {@code args} in the language they ask for ({@code --lang}) or else the system's, and
     * returns the exit status. The default locale is that language while the command runs and
     * is restored afterwards. An unknown {@code --lang} value is one line on {@code err} and
     * status 2.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Locale saved = Locale.getDefault();
        try {
            Optional<String> requested = requestedLanguage(args);
            CliLanguage language = requested.isEmpty() ? CliLanguage.ofSystem(saved)
                    : CliLanguage.ofTag(requested.get()).orElse(null);
            if (language == null) {
                Locale.setDefault(CliLanguage.ofSystem(saved).locale());
                err.println("activation-lab: " + CliTexts.format("error.lang", requested.get(), CliLanguage.tags()));
                err.flush();
                return OneLineErrors.BAD_INPUT;
            }
            Locale.setDefault(language.locale());
            if (subcommand(args).filter(EXPORT::equals).isPresent()) {
                Text.prepareLatexInBackground();
            }
            int status = commandLine(out, err).execute(args);
            out.flush();
            return status;
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** Runs {@code args} on stdout and stderr and returns the exit status. */
    public static int run(String... args) {
        return execute(new PrintWriter(System.out), new PrintWriter(System.err, true), args);
    }

    /**
     * The subcommand {@code args} name: the first argument that is not an option, skipping the value
     * of {@code --lang X}; empty when there is none.
     */
    static Optional<String> subcommand(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(LANG_OPTION)) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return Optional.of(args[i]);
            }
        }
        return Optional.empty();
    }

    /**
     * The value of the last {@code --lang X} or {@code --lang=X} before {@code --}, if any; an
     * empty string when {@code --lang} is the last argument (no value).
     */
    static Optional<String> requestedLanguage(String... args) {
        Optional<String> found = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(LANG_OPTION)) {
                found = Optional.of(i + 1 < args.length ? args[++i] : "");
            } else if (arg.startsWith(LANG_OPTION + "=")) {
                found = Optional.of(arg.substring(LANG_OPTION.length() + 1));
            }
        }
        return found;
    }
}
