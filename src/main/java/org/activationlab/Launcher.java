package org.activationlab;

import java.util.Optional;
import org.activationlab.cli.Cli;
import org.activationlab.cli.SessionArgument;

/**
 * The jar's entry point. With no arguments it opens the desktop app; with one argument naming a
 * session file ({@code FILE.alab}) it opens the app with that session (or, if the file is not
 * there, says so in one line and exits with status 2); with any other arguments it runs the
 * headless command line and exits with its status, without loading a JavaFX class (so it needs
 * no display). Not a JavaFX {@code Application}, so that the fat jar starts on the class path;
 * the window opens with JavaFX as named modules ({@link GuiLauncher}).
 */
public final class Launcher {
    /** The exit status for bad input, as the command line's. */
    private static final int BAD_INPUT = 2;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            GuiLauncher.launch(args);
        } else if (SessionArgument.isSession(args)) {
            Optional<String> problem = SessionArgument.problem(args[0]);
            if (problem.isPresent()) {
                System.err.println(problem.get());
                System.exit(BAD_INPUT);
            }
            GuiLauncher.launch(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
