package org.activationlab.ui;

import javafx.application.Application;

/**
 * Starts the desktop app. A plain class, so that the fat jar's launcher can call it without
 * the JavaFX runtime's module checks that apply to a main class extending {@link Application}.
 */
public final class GuiMain {
    private GuiMain() {
    }

    public static void main(String[] args) {
        Application.launch(ActivationLabApp.class, args);
    }
}
