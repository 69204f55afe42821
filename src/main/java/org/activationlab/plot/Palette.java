package org.activationlab.plot;

import java.awt.Color;
import java.util.List;

/**
 * Colour-blind-safe colours.
 *
 * <p>The eight colours of Okabe and Ito, "Color Universal Design" (2002/2008), distinguishable
 * under the common forms of colour blindness, in three orders tuned for the three themes.
 * Heat maps use {@link ColourScale#VIRIDIS}, which is perceptually uniform and safe too.
 */
public final class Palette {
    public static final Color OKABE_ITO_BLACK = new Color(0x000000);
    public static final Color OKABE_ITO_ORANGE = new Color(0xE69F00);
    public static final Color OKABE_ITO_SKY_BLUE = new Color(0x56B4E9);
    public static final Color OKABE_ITO_BLUISH_GREEN = new Color(0x009E73);
    public static final Color OKABE_ITO_YELLOW = new Color(0xF0E442);
    public static final Color OKABE_ITO_BLUE = new Color(0x0072B2);
    public static final Color OKABE_ITO_VERMILLION = new Color(0xD55E00);
    public static final Color OKABE_ITO_REDDISH_PURPLE = new Color(0xCC79A7);

    /** Series order on a light background: strong colours first, the pale yellow last. */
    public static final List<Color> ON_LIGHT = List.of(OKABE_ITO_BLUE, OKABE_ITO_VERMILLION,
            OKABE_ITO_BLUISH_GREEN, OKABE_ITO_REDDISH_PURPLE, OKABE_ITO_ORANGE, OKABE_ITO_SKY_BLUE,
            OKABE_ITO_BLACK, OKABE_ITO_YELLOW);

    /** Series order on a dark background: the dark blue and black (as light grey) last. */
    public static final List<Color> ON_DARK = List.of(OKABE_ITO_SKY_BLUE, OKABE_ITO_ORANGE,
            OKABE_ITO_BLUISH_GREEN, OKABE_ITO_REDDISH_PURPLE, OKABE_ITO_VERMILLION, OKABE_ITO_YELLOW,
            new Color(0xE0E0E0), new Color(0x3D9BE0));

    /** Series order on black for projectors and low vision: the brightest colours of the set. */
    public static final List<Color> HIGH_CONTRAST = List.of(OKABE_ITO_YELLOW, OKABE_ITO_SKY_BLUE,
            OKABE_ITO_ORANGE, new Color(0xFFFFFF), OKABE_ITO_REDDISH_PURPLE, new Color(0x2ED3A0),
            new Color(0xFF7F3F), new Color(0x7FB8FF));

    /**
     * A vivid alternative for a light page (the Tableau 10 hues): more saturated than Okabe-Ito,
     * but red and green are hard to tell apart under deuteranopia, so it is an option, never the default.
     */
    public static final List<Color> VIVID_ON_LIGHT = List.of(new Color(0x1F77B4), new Color(0xD62728),
            new Color(0x2CA02C), new Color(0x9467BD), new Color(0xFF7F0E), new Color(0x17BECF),
            new Color(0x8C564B), new Color(0xE377C2));

    /** The vivid hues lightened for a dark or black page. */
    public static final List<Color> VIVID_ON_DARK = List.of(new Color(0x5DA5DA), new Color(0xF15854),
            new Color(0x60BD68), new Color(0xB276B2), new Color(0xFAA43A), new Color(0x4DD0E1),
            new Color(0xDECF3F), new Color(0xF17CB0));

    /** The number of colours in each of the palettes above. */
    public static final int SIZE = 8;

    private Palette() {
    }
}
