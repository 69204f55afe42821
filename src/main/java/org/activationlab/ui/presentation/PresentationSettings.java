package org.activationlab.ui.presentation;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Theme;

/**
 * Presentation mode's state, for a teacher projecting the app: the scale of text, lines and
 * markers (in the window and in every on-screen figure), the theme, the series palette, and
 * whether secondary controls are hidden. Read-only properties and checked setters; {@link #values()}
 * and {@link #apply(PresentationValues)} convert to and from a plain record.
 */
public final class PresentationSettings {
    public static final double MIN_SCALE = 1.0;
    public static final double MAX_SCALE = 2.5;
    public static final double SCALE_STEP = 0.25;
    /** The scales View &gt; Scale offers: 1.0 to 2.5 in steps of 0.25. */
    public static final List<Double> SCALES = List.of(1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5);

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", MIN_SCALE);
    private final ReadOnlyObjectWrapper<AppTheme> theme = new ReadOnlyObjectWrapper<>(this, "theme", AppTheme.LIGHT);
    private final ReadOnlyObjectWrapper<SeriesPalette> palette =
            new ReadOnlyObjectWrapper<>(this, "palette", SeriesPalette.OKABE_ITO);
    private final ReadOnlyBooleanWrapper controlsHidden = new ReadOnlyBooleanWrapper(this, "controlsHidden");
    private final ObjectBinding<Theme> figureTheme =
            Bindings.createObjectBinding(() -> palette.get().applyTo(theme.get().figureTheme()), theme, palette);

    /** Text, line and marker scale: 1 is normal, 2.5 the largest. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double getScale() {
        return scale.get();
    }

    /**
     * Sets the scale.
     *
     * @throws IllegalArgumentException if {@code value} is not from {@value #MIN_SCALE} to {@value #MAX_SCALE}
     */
    public void setScale(double value) {
        scale.set(checkScale(value));
    }

    /** One step larger, up to {@link #MAX_SCALE}. */
    public void enlarge() {
        scale.set(Math.min(MAX_SCALE, scale.get() + SCALE_STEP));
    }

    /** One step smaller, down to {@link #MIN_SCALE}. */
    public void shrink() {
        scale.set(Math.max(MIN_SCALE, scale.get() - SCALE_STEP));
    }

    /** Back to the normal size. */
    public void resetScale() {
        scale.set(MIN_SCALE);
    }

    /** The window's theme. */
    public ReadOnlyObjectProperty<AppTheme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public AppTheme getTheme() {
        return theme.get();
    }

    public void setTheme(AppTheme value) {
        theme.set(Objects.requireNonNull(value, "theme"));
    }

    /** The colours of data series. */
    public ReadOnlyObjectProperty<SeriesPalette> paletteProperty() {
        return palette.getReadOnlyProperty();
    }

    public SeriesPalette getPalette() {
        return palette.get();
    }

    public void setPalette(SeriesPalette value) {
        palette.set(Objects.requireNonNull(value, "palette"));
    }

    /** Whether every view shows only its figures and essential sliders. */
    public ReadOnlyBooleanProperty controlsHiddenProperty() {
        return controlsHidden.getReadOnlyProperty();
    }

    public boolean isControlsHidden() {
        return controlsHidden.get();
    }

    public void setControlsHidden(boolean hidden) {
        controlsHidden.set(hidden);
    }

    /** The figures' colours: the theme's, with the chosen palette for the series. */
    public ObjectBinding<Theme> figureTheme() {
        return figureTheme;
    }

    /**
     * How on-screen figures are drawn: {@code base} with the figure theme and its scale multiplied
     * by the presentation scale. Exports do not use this; they keep their own settings.
     */
    public ObjectBinding<RenderOptions> screenOptions(RenderOptions base) {
        Objects.requireNonNull(base, "base");
        return Bindings.createObjectBinding(
                () -> base.withTheme(figureTheme.get()).withScale(base.scale() * scale.get()), figureTheme, scale);
    }

    /** The current settings as plain values. */
    public PresentationValues values() {
        return new PresentationValues(scale.get(), theme.get(), palette.get(), controlsHidden.get());
    }

    /** Takes every setting from {@code values}. */
    public void apply(PresentationValues values) {
        scale.set(values.scale());
        theme.set(values.theme());
        palette.set(values.palette());
        controlsHidden.set(values.controlsHidden());
    }

    /**
     * {@code value} if it is an allowed scale.
     *
     * @throws IllegalArgumentException naming the value and the allowed range
     */
    static double checkScale(double value) {
        if (!(value >= MIN_SCALE && value <= MAX_SCALE)) {
            throw new IllegalArgumentException("the presentation scale must be from " + MIN_SCALE + " to " + MAX_SCALE
                    + ", got " + value);
        }
        return value;
    }
}
