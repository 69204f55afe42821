package org.activationlab.ui.prefs;

import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Makes a window open where it was last closed: restores the stored {@link WindowPlacement} when
 * a screen still shows it, follows the window's normal (not maximised, not full-screen) bounds
 * while it is open, and stores them with the maximised state when it closes.
 */
public final class WindowMemory {
    private final Stage stage;
    private final UserPreferences preferences;
    private double x;
    private double y;
    private double width;
    private double height;

    private WindowMemory(Stage stage, UserPreferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
    }

    /**
     * Places {@code stage} where it was last closed, if that is on a screen now (else leaves it
     * as it is), and remembers its placement when it is closed. Call after sizing the stage to
     * its defaults and before showing it.
     */
    public static void attach(Stage stage, UserPreferences preferences) {
        WindowMemory memory = new WindowMemory(stage, preferences);
        WindowPlacement.load(preferences)
                .filter(p -> p.visibleOn(Screen.getScreens().stream().map(Screen::getVisualBounds).toList()))
                .ifPresent(p -> p.applyTo(stage));
        memory.follow();
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> memory.save());
    }

    private void follow() {
        remember();
        stage.xProperty().addListener((obs, old, now) -> remember());
        stage.yProperty().addListener((obs, old, now) -> remember());
        stage.widthProperty().addListener((obs, old, now) -> remember());
        stage.heightProperty().addListener((obs, old, now) -> remember());
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isFullScreen() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    private void save() {
        if (width > 0 && height > 0 && Double.isFinite(x) && Double.isFinite(y)) {
            new WindowPlacement(x, y, width, height, stage.isMaximized()).save(preferences);
        }
    }
}
