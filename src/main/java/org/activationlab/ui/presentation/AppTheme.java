package org.activationlab.ui.presentation;

import java.net.URL;
import java.util.Objects;
import java.util.Optional;
import org.activationlab.plot.Theme;
import org.activationlab.ui.Styles;

/**
 * The look of the whole window: a stylesheet laid over {@code app.css} for the controls, and
 * the matching {@link Theme} for the figures.
 */
public enum AppTheme {
    /** Dark text on light grey and white: the default, and what {@code app.css} alone gives. */
    LIGHT(Theme.LIGHT, null, PresentationKeys.THEME_LIGHT),
    /** Light text on near-black, for dim rooms. */
    DARK(Theme.DARK, "dark.css", PresentationKeys.THEME_DARK),
    /** White and yellow on black with thick focus rings, for projectors and low vision. */
    HIGH_CONTRAST(Theme.HIGH_CONTRAST, "high-contrast.css", PresentationKeys.THEME_HIGH_CONTRAST);

    private final Theme figureTheme;
    private final String stylesheet;
    private final String textKey;

    AppTheme(Theme figureTheme, String stylesheet, String textKey) {
        this.figureTheme = figureTheme;
        this.stylesheet = stylesheet;
        this.textKey = textKey;
    }

    /** The colours of the figures in this theme, with the theme's own series palette. */
    public Theme figureTheme() {
        return figureTheme;
    }

    /** The URL of the stylesheet (beside {@code app.css}) to add after it; empty for the light theme. */
    public Optional<String> stylesheet() {
        if (stylesheet == null) {
            return Optional.empty();
        }
        URL url = Objects.requireNonNull(Styles.class.getResource(stylesheet), stylesheet + " is not packaged");
        return Optional.of(url.toExternalForm());
    }

    /** The key of the theme's name in the View &gt; Theme menu. */
    public String textKey() {
        return textKey;
    }
}
