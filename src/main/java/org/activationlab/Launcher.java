package org.activationlab;

import org.activationlab.cli.Cli;
import org.activationlab.ui.GuiMain;

/**
 * The jar's entry point. With no arguments it opens the desktop app; with any argument it runs
 * the headless command line and exits with its status, without loading a JavaFX class (so it
 * needs no display). Not a JavaFX {@code Application}, so that the fat jar starts on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            GuiMain.main(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
