package org.activationlab.ui.prefs;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * The main window's position, size and maximised state, kept in the user's preferences under
 * {@code window.*}. A stored position that no connected screen shows enough of (a projector that
 * is gone) is not used.
 *
 * @param x the left edge
 * @param y the top edge
 * @param width the width (&gt; 0)
 * @param height the height (&gt; 0)
 * @param maximised whether the window was maximised (x, y, width and height are then its normal bounds)
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximised) {
    /** How much of the window, in pixels each way, a screen must show for the stored position to be used. */
    static final double MIN_VISIBLE = 100;
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMISED = "window.maximised";

    /** The placement stored in {@code preferences}, if a complete one is. */
    public static Optional<WindowPlacement> load(UserPreferences preferences) {
        double x = preferences.getDouble(X, Double.NaN);
        double y = preferences.getDouble(Y, Double.NaN);
        double width = preferences.getDouble(WIDTH, Double.NaN);
        double height = preferences.getDouble(HEIGHT, Double.NaN);
        if (Double.isNaN(x) || Double.isNaN(y) || !(width > 0) || !(height > 0)) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlacement(x, y, width, height, preferences.getBoolean(MAXIMISED, false)));
    }

    /** Stores this placement. */
    public void save(UserPreferences preferences) {
        preferences.putDouble(X, x);
        preferences.putDouble(Y, y);
        preferences.putDouble(WIDTH, width);
        preferences.putDouble(HEIGHT, height);
        preferences.putBoolean(MAXIMISED, maximised);
    }

    /** Whether one of {@code screens} shows at least {@value #MIN_VISIBLE} pixels of the window each way. */
    public boolean visibleOn(List<Rectangle2D> screens) {
        return screens.stream().anyMatch(s -> Math.min(x + width, s.getMaxX()) - Math.max(x, s.getMinX()) >= MIN_VISIBLE
                && Math.min(y + height, s.getMaxY()) - Math.max(y, s.getMinY()) >= MIN_VISIBLE);
    }

    /** Moves and sizes {@code stage} to this placement (no smaller than its minimum size). */
    public void applyTo(Stage stage) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(Math.max(width, stage.getMinWidth()));
        stage.setHeight(Math.max(height, stage.getMinHeight()));
        stage.setMaximized(maximised);
    }
}
