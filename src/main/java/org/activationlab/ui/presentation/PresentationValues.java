package org.activationlab.ui.presentation;

import java.util.Objects;

/**
 * The presentation settings as plain values, to save between runs and restore.
 *
 * @param scale text and line scale, from {@link PresentationSettings#MIN_SCALE} to {@link PresentationSettings#MAX_SCALE}
 * @param theme the window's theme
 * @param palette the series colours
 * @param controlsHidden whether side panels and secondary controls are hidden (classroom mode)
 */
public record PresentationValues(double scale, AppTheme theme, SeriesPalette palette, boolean controlsHidden) {
    /** Normal size, light theme, Okabe-Ito colours, every control shown. */
    public static final PresentationValues DEFAULT = new PresentationValues(PresentationSettings.MIN_SCALE,
            AppTheme.LIGHT, SeriesPalette.OKABE_ITO, false);

    public PresentationValues {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(palette, "palette");
        PresentationSettings.checkScale(scale);
    }
}
