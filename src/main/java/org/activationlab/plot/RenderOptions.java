package org.activationlab.plot;

import java.util.Objects;

/**
 * How a figure is drawn, as opposed to what it shows.
 *
 * @param theme the colours
 * @param scale multiplies font sizes, line widths, margins and marker sizes (1 = normal;
 *              presentation mode uses about 1.5 to 2); not the pixel density
 * @param transparentBackground leave the page unpainted instead of filling it with the theme's background
 * @param textMode plain text as outlines or as text
 * @param fontFamily the family of plain text; a logical family such as "SansSerif" falls back
 *                   to other installed fonts for scripts the first font lacks
 */
public record RenderOptions(Theme theme, double scale, boolean transparentBackground, TextMode textMode,
                            String fontFamily) {

    /** Light theme, scale 1, opaque, text as outlines, SansSerif. */
    public static final RenderOptions DEFAULT = new RenderOptions(Theme.LIGHT, 1, false, TextMode.OUTLINES, "SansSerif");

    public RenderOptions {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(textMode, "textMode");
        Objects.requireNonNull(fontFamily, "fontFamily");
        if (!(scale >= 0.25 && scale <= 8)) {
            throw new IllegalArgumentException("render scale must be from 0.25 to 8, got " + scale);
        }
    }

    public RenderOptions withTheme(Theme newTheme) {
        return new RenderOptions(newTheme, scale, transparentBackground, textMode, fontFamily);
    }

    public RenderOptions withScale(double newScale) {
        return new RenderOptions(theme, newScale, transparentBackground, textMode, fontFamily);
    }

    public RenderOptions withTransparentBackground(boolean transparent) {
        return new RenderOptions(theme, scale, transparent, textMode, fontFamily);
    }

    public RenderOptions withTextMode(TextMode newMode) {
        return new RenderOptions(theme, scale, transparentBackground, newMode, fontFamily);
    }
}
