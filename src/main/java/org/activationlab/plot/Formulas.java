package org.activationlab.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX typesetting with JLaTeXMath: each formula is parsed once and typeset once per size;
 * JLaTeXMath keeps global state and icons are mutable, so every access is serialised.
 *
 * <p>JLaTeXMath's own start-up (its XML symbol and font tables, its Computer Modern fonts) takes
 * about half a second in a fresh process, a third of a whole {@code export} command.
 * {@link #prepareInBackground()} lets a short-lived process overlap it with its own start.
 */
final class Formulas {
    private static final int CACHE_SIZE = 256;
    /**
     * Computer Modern looks lighter and smaller than the sans-serif of the rest of a figure at
     * the same size; this brings formulas to the same visual weight.
     */
    private static final float SIZE_MATCH = 1.15f;
    private static final Object LOCK = new Object();
    /** What {@link #prepareInBackground()} typesets: an axis label of the curves figure, in a common size. */
    private static final String PREPARED = "f'(x)";
    private static final float PREPARED_SIZE = 12;
    private static final AtomicBoolean PREPARING = new AtomicBoolean();
    private static final Map<String, TeXFormula> PARSED = lru();
    private static final Map<String, TeXIcon> TYPESET = lru();

    /** A typeset formula's size in pixels: width, height above the baseline, depth below. */
    record Size(double width, double height, double depth) {
    }

    private Formulas() {
    }

    /**
     * Starts JLaTeXMath on a daemon thread, once per process: it typesets and paints a formula,
     * which loads the library's tables and fonts, holding the lock every other access takes, so
     * a formula needed meanwhile waits for it rather than starting the library a second time.
     *
     * <p>One plain thread rather than an executor: the command line, which calls this, must not
     * use the app's background facility in {@code ui}, and this work runs once and ends.
     */
    static void prepareInBackground() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread thread = new Thread(Formulas::prepare, "formula typesetter start-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void prepare() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = new GlyphOutlineGraphics2D(scratch.createGraphics());
        try {
            paint(g, PREPARED, PREPARED_SIZE, Color.BLACK);
        } finally {
            g.dispose();
        }
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
