package org.activationlab.plot;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX typesetting with JLaTeXMath: parses each formula once (JLaTeXMath keeps global state,
 * so all access is serialised) and makes icons that paint on any Graphics2D.
 */
final class Formulas {
    private static final int CACHE_SIZE = 256;
    /**
     * Computer Modern looks lighter and smaller than the sans-serif of the rest of a figure at
     * the same size; this brings formulas to the same visual weight.
     */
    private static final float SIZE_MATCH = 1.15f;
    private static final Map<String, TeXFormula> PARSED = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TeXFormula> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private Formulas() {
    }

    /**
     * Checks that JLaTeXMath can typeset {@code latex}.
     *
     * @throws IllegalArgumentException naming the formula and the parser's complaint
     */
    static void check(String latex) {
        parse(latex);
    }

    /** The formula typeset in text style to match sans-serif text of {@code size} pixels, in {@code colour}. */
    static TeXIcon icon(String latex, float size, Color colour) {
        synchronized (PARSED) {
            TeXIcon icon = parse(latex).createTeXIcon(TeXConstants.STYLE_TEXT, size * SIZE_MATCH);
            icon.setForeground(colour);
            return icon;
        }
    }

    private static TeXFormula parse(String latex) {
        synchronized (PARSED) {
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
}
