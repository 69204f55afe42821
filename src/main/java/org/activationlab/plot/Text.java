package org.activationlab.plot;

import java.util.Objects;

/**
 * A piece of text in a figure: plain (drawn in the figure's font) or a LaTeX formula (typeset
 * with JLaTeXMath, so it exports to every format like the rest of the figure).
 *
 * @param content the characters, or the LaTeX source
 * @param latex whether {@code content} is LaTeX
 */
public record Text(String content, boolean latex) {

    /** No text. */
    public static final Text NONE = new Text("", false);

    public Text {
        Objects.requireNonNull(content, "content");
        if (latex) {
            Formulas.check(content);
        }
    }

    /** Plain text. */
    public static Text plain(String text) {
        return text == null || text.isEmpty() ? NONE : new Text(text, false);
    }

    /**
     * A LaTeX formula in JLaTeXMath's dialect, e.g. {@code \sigma(x) = \frac{1}{1+e^{-x}}}.
     *
     * @throws IllegalArgumentException if JLaTeXMath cannot parse it, naming the formula
     */
    public static Text latex(String source) {
        return source == null || source.isEmpty() ? NONE : new Text(source, true);
    }

    /**
     * Starts the LaTeX typesetter in the background (once per process), for a short-lived process
     * that will draw formulas: its start-up then overlaps the process's own instead of following it.
     * Optional; formulas work without it.
     */
    public static void prepareLatexInBackground() {
        Formulas.prepareInBackground();
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return content.isEmpty();
    }
}
