package org.activationlab.plot;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * The colours a figure is drawn in, as data: the renderer resolves every {@link Ink} through
 * the theme.
 *
 * @param name a short name ("light", "dark", "high-contrast")
 * @param background the page
 * @param foreground axes, titles and text
 * @param muted tick labels, captions, zero lines
 * @param grid grid lines
 * @param neutral shading and hatching that belongs to no series
 * @param legendBackground the legend box (may be translucent)
 * @param series the series palette, used in order and wrapping around
 */
public record Theme(String name, Color background, Color foreground, Color muted, Color grid, Color neutral,
                    Color legendBackground, List<Color> series) {

    /** Black on white with the Okabe-Ito palette. */
    public static final Theme LIGHT = new Theme("light", Color.WHITE, new Color(0x202020), new Color(0x5A5A5A),
            new Color(0xE3E3E3), new Color(0x707070), new Color(255, 255, 255, 225), Palette.ON_LIGHT);

    /** Light grey on near-black with the Okabe-Ito palette reordered for a dark page. */
    public static final Theme DARK = new Theme("dark", new Color(0x1E1F22), new Color(0xE6E6E6), new Color(0xA8A8A8),
            new Color(0x3A3B3F), new Color(0x9A9A9A), new Color(30, 31, 34, 225), Palette.ON_DARK);

    /** White on black, brightest colours, for projectors. */
    public static final Theme HIGH_CONTRAST = new Theme("high-contrast", Color.BLACK, Color.WHITE, new Color(0xDDDDDD),
            new Color(0x555555), new Color(0xCCCCCC), new Color(0, 0, 0, 235), Palette.HIGH_CONTRAST);

    /** Every built-in theme. */
    public static final List<Theme> BUILT_IN = List.of(LIGHT, DARK, HIGH_CONTRAST);

    public Theme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(muted, "muted");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(neutral, "neutral");
        Objects.requireNonNull(legendBackground, "legendBackground");
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a theme needs at least one series colour");
        }
    }

    /**
     * The built-in theme called {@code name}.
     *
     * @throws IllegalArgumentException naming the known themes
     */
    public static Theme named(String name) {
        for (Theme t : BUILT_IN) {
            if (t.name.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown theme '" + name + "'; use light, dark or high-contrast");
    }

    /** The same theme with {@code colours} as its series palette (e.g. a palette chosen apart from the theme). */
    public Theme withSeries(List<Color> colours) {
        return new Theme(name, background, foreground, muted, grid, neutral, legendBackground, colours);
    }

    /** The colour of the i-th series, wrapping around the palette. */
    public Color seriesColour(int index) {
        return series.get(Math.floorMod(index, series.size()));
    }

    /** The colour {@code ink} stands for in this theme. */
    public Color resolve(Ink ink) {
        if (ink instanceof Ink.Fixed f) {
            return f.colour();
        }
        if (ink instanceof Ink.SeriesColour s) {
            return seriesColour(s.index());
        }
        return switch ((Ink.Role) ink) {
            case BACKGROUND -> background;
            case FOREGROUND -> foreground;
            case MUTED -> muted;
            case GRID -> grid;
            case NEUTRAL -> neutral;
        };
    }
}
