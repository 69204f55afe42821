package org.activationlab.plot;

import java.awt.Color;
import java.util.List;

/**
 * A continuous colour ramp for heat maps, interpolated linearly in sRGB between evenly spaced
 * stops.
 */
public final class ColourScale {

    /**
     * Viridis (van der Walt and Smith, matplotlib 2015): perceptually uniform, readable in grey
     * and by colour-blind viewers. For magnitudes (activation statistics, losses).
     */
    public static final ColourScale VIRIDIS = new ColourScale("viridis", List.of(
            new Color(0x440154), new Color(0x482878), new Color(0x3E4A89), new Color(0x31688E),
            new Color(0x26828E), new Color(0x1F9E89), new Color(0x35B779), new Color(0x6DCD59),
            new Color(0xB4DE2C), new Color(0xFDE725)));

    /**
     * Blue-white-red, after Paul Tol's diverging BuRd scheme (colour-blind safe): for signed
     * values around zero (network outputs, weights).
     */
    public static final ColourScale BLUE_RED = new ColourScale("blue-red", List.of(
            new Color(0x2166AC), new Color(0x4393C3), new Color(0x92C5DE), new Color(0xD1E5F0),
            new Color(0xF7F7F7), new Color(0xFDDBC7), new Color(0xF4A582), new Color(0xD6604D),
            new Color(0xB2182B)));

    private final String name;
    private final List<Color> stops;

    /**
     * @param name what it is called
     * @param stops at least two colours, evenly spaced from the lowest value to the highest
     */
    public ColourScale(String name, List<Color> stops) {
        this.name = name;
        this.stops = List.copyOf(stops);
        if (this.stops.size() < 2) {
            throw new IllegalArgumentException("a colour scale needs at least two stops");
        }
    }

    public String name() {
        return name;
    }

    /** The colour at {@code t} from 0 (lowest) to 1 (highest); t outside is clamped. */
    public Color at(double t) {
        return new Color(argb(t), true);
    }

    /** {@link #at} as packed ARGB, for filling images fast. */
    public int argb(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double pos = clamped * (stops.size() - 1);
        int i = Math.min((int) pos, stops.size() - 2);
        double f = pos - i;
        Color a = stops.get(i);
        Color b = stops.get(i + 1);
        int r = (int) Math.round(a.getRed() + f * (b.getRed() - a.getRed()));
        int g = (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen()));
        int bl = (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue()));
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }

    @Override
    public String toString() {
        return name;
    }
}
