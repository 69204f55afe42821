package org.activationlab;

import java.util.Optional;
import org.activationlab.cli.Cli;
import org.activationlab.cli.GuiStart;

/**
 * The jar's entry point. With no arguments, or one naming a session file ({@code FILE.alab}),
 * optionally after the global {@code --lang en|zh}, it opens the desktop app (with that session
 * and in that language); if the file is not there, or there is no display to open a window on,
 * it says so in one line and exits with status 2. With any other arguments it runs the headless
 * command line and exits with its status, without loading a JavaFX class (so it needs no
 * display). Not a JavaFX {@code Application}, so that the fat jar starts on the class path;
 * the window opens with JavaFX as named modules ({@link GuiLauncher}).
 */
public final class Launcher {
    /** The exit status for bad input, as the command line's. */
    private static final int BAD_INPUT = 2;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Optional<GuiStart> gui = GuiStart.of(args);
        if (gui.isEmpty()) {
            System.exit(Cli.run(args));
        }
        GuiStart start = gui.get();
        start.useLanguage();
        Optional<String> problem = start.problem(System.getenv(), System.getProperties());
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(BAD_INPUT);
        }
        try {
            GuiLauncher.launch(start.appArguments());
        } catch (UnsupportedOperationException toolkitCannotStart) {
            // GTK throws this from the toolkit's start when DISPLAY names no reachable server
            System.err.println(start.noDisplay());
            System.exit(BAD_INPUT);
        }
    }
}
