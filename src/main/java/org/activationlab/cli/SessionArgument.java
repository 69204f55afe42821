package org.activationlab.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line {@code activation-lab FILE.alab}: one argument naming a session file, which
 * the desktop app opens at start. Checked here, without JavaFX, so that a missing file is one
 * line on stderr and exit status 2 like any other bad input; the file's content is checked by
 * the app, which explains a bad one in a dialog.
 */
public final class SessionArgument {
    /** The session file extension, with its dot. */
    static final String EXTENSION = ".alab";

    private SessionArgument() {
    }

    /** Whether {@code args} is a single session file name (not an option, not a command). */
    public static boolean isSession(String... args) {
        return args.length == 1 && !args[0].startsWith("-") && args[0].toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /**
     * Why the app cannot open the session file {@code arg}, as the one line to print, or empty
     * when it is a readable file.
     */
    public static Optional<String> problem(String arg) {
        Path file;
        try {
            file = Path.of(arg);
        } catch (InvalidPathException e) {
            return Optional.of(cannotOpen(arg, CliTexts.format("error.session.invalidName", e.getReason())));
        }
        if (!Files.exists(file)) {
            return Optional.of(cannotOpen(arg, CliTexts.get("error.session.missing")));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(cannotOpen(arg, CliTexts.get("error.session.folder")));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(cannotOpen(arg, CliTexts.get("io.permissionDenied")));
        }
        return Optional.empty();
    }

    private static String cannotOpen(String arg, String reason) {
        return "activation-lab: " + CliTexts.format("error.session.cannotOpen", arg, reason);
    }
}
