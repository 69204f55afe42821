package org.activationlab.ui.presentation;

import org.activationlab.plot.Palette;
import org.activationlab.plot.Theme;

/** The colours of data series, chosen apart from the theme (View &gt; Palette). */
public enum SeriesPalette {
    /**
     * Okabe and Ito's eight colours, safe under the common forms of colour blindness, in the
     * order each theme tunes for its background (see {@link Palette}).
     */
    OKABE_ITO(PresentationKeys.PALETTE_OKABE_ITO),
    /** Saturated hues that read well on a projector but are not colour-blind safe. */
    VIVID(PresentationKeys.PALETTE_VIVID);

    private final String textKey;

    SeriesPalette(String textKey) {
        this.textKey = textKey;
    }

    /** {@code theme} with this palette's colours for its series, lightened on a dark page. */
    public Theme applyTo(Theme theme) {
        return switch (this) {
            case OKABE_ITO -> theme;
            case VIVID -> theme.withSeries(isDark(theme) ? Palette.VIVID_ON_DARK : Palette.VIVID_ON_LIGHT);
        };
    }

    /** The key of the palette's name in the View &gt; Palette menu. */
    public String textKey() {
        return textKey;
    }

    /** Whether the page is dark: its luma (ITU-R BT.601 weights) below one half. */
    private static boolean isDark(Theme theme) {
        java.awt.Color b = theme.background();
        return 0.299 * b.getRed() + 0.587 * b.getGreen() + 0.114 * b.getBlue() < 128;
    }
}
