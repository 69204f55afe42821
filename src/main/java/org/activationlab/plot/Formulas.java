package org.activationlab.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX typesetting with JLaTeXMath: each formula is parsed once and typeset once per size;
 * JLaTeXMath keeps global state and icons are mutable, so every access is serialised.
 */
final class Formulas {
    private static final int CACHE_SIZE = 256;
    /**
     * Computer Modern looks lighter and smaller than the sans-serif of the rest of a figure at
     * the same size; this brings formulas to the same visual weight.
     */
    private static final float SIZE_MATCH = 1.15f;
    private static final Object LOCK = new Object();
    private static final Map<String, TeXFormula> PARSED = lru();
    private static final Map<String, TeXIcon> TYPESET = lru();

    /** A typeset formula's size in pixels: width, height above the baseline, depth below. */
    record Size(double width, double height, double depth) {
    }

    private Formulas() {
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CACHE_SIZE;
            }
        };
    }

    /**
     * Checks that JLaTeXMath can typeset {@code latex}.
     *
     * @throws IllegalArgumentException naming the formula and the parser's complaint
     */
    static void check(String latex) {
        synchronized (LOCK) {
            parse(latex);
        }
    }

    /** The size of {@code latex} typeset to match sans-serif text of {@code size} pixels. */
    static Size measure(String latex, float size) {
        synchronized (LOCK) {
            TeXIcon icon = icon(latex, size);
            double depth = icon.getTrueIconDepth();
            return new Size(icon.getTrueIconWidth(), icon.getTrueIconHeight() - depth, depth);
        }
    }

    /** Paints {@code latex} with its top left corner at the origin of {@code g}. */
    static void paint(Graphics2D g, String latex, float size, Color colour) {
        synchronized (LOCK) {
            TeXIcon icon = icon(latex, size);
            icon.setForeground(colour);
            icon.paintIcon(null, g, 0, 0);
        }
    }

    private static TeXIcon icon(String latex, float size) {
        String key = size + "|" + latex;
        TeXIcon icon = TYPESET.get(key);
        if (icon == null) {
            icon = parse(latex).createTeXIcon(TeXConstants.STYLE_TEXT, size * SIZE_MATCH);
            TYPESET.put(key, icon);
        }
        return icon;
    }

    private static TeXFormula parse(String latex) {
        TeXFormula formula = PARSED.get(latex);
        if (formula == null) {
            try {
                formula = new TeXFormula(latex);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cannot typeset the formula '" + latex + "': "
                        + e.getMessage(), e);
            }
            PARSED.put(latex, formula);
        }
        return formula;
    }
}
