package org.activationlab.ui.curves;

import java.util.OptionalInt;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import org.activationlab.plot.Dash;
import org.activationlab.plot.Theme;
import org.activationlab.plot.curves.SeriesStyles;

/**
 * A short line in the colour and dash of a palette slot, as the figure's legend draws it, so a
 * function's entry in a list or a table matches its curve. Empty (but as wide) for a function
 * that is not plotted. Its colour follows the theme and palette (View &gt; Theme, Palette).
 */
final class SeriesSwatch extends StackPane {
    static final String STYLE_CLASS = "series-swatch";
    private static final double LENGTH = 26;
    private static final float WIDTH = 3.5f;

    private final ObservableValue<Theme> theme;
    private final Line line = new Line(0, 0, LENGTH, 0);

    SeriesSwatch(ObservableValue<Theme> theme) {
        this.theme = theme;
        getStyleClass().add(STYLE_CLASS);
        line.setStrokeWidth(WIDTH);
        line.setStrokeLineCap(StrokeLineCap.BUTT);
        getChildren().add(line);
        setMinWidth(LENGTH);
        show(OptionalInt.empty());
    }

    /** A swatch showing palette slot {@code slot}. */
    static SeriesSwatch of(int slot, ObservableValue<Theme> theme) {
        SeriesSwatch swatch = new SeriesSwatch(theme);
        swatch.show(OptionalInt.of(slot));
        return swatch;
    }

    /** Shows palette slot {@code slot}, or nothing. */
    void show(OptionalInt slot) {
        line.setVisible(slot.isPresent());
        if (slot.isEmpty()) {
            return;
        }
        int index = slot.getAsInt();
        line.strokeProperty().unbind();
        line.strokeProperty().bind(Bindings.createObjectBinding(() -> fx(theme.getValue().seriesColour(index)), theme));
        line.getStrokeDashArray().clear();
        Dash dash = SeriesStyles.curve(slot.getAsInt()).dash();
        float[] pattern = dash.pattern(WIDTH);
        if (pattern != null) {
            for (float p : pattern) {
                line.getStrokeDashArray().add((double) p);
            }
        }
    }

    /** The JavaFX colour of an AWT colour. */
    static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
