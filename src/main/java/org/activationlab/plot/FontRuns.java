package org.activationlab.plot;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into runs that one font each can display: the theme font wherever it has the
 * glyph, the {@link BundledFont} for the rest (Chinese on a machine without a CJK font). Text the
 * theme font shows entirely stays one run in that font, so English figures are drawn exactly as
 * without this class. Spaces and other characters both fonts have stay in the current run.
 */
final class FontRuns {

    /** A piece of text and the font that draws it. */
    record Run(String text, Font font) {
    }

    private FontRuns() {
    }

    /** The runs of {@code s} with {@code primary} as the preferred font. */
    static List<Run> of(String s, Font primary) {
        if (primary.canDisplayUpTo(s) == -1) {
            return List.of(new Run(s, primary));
        }
        Font fallback = BundledFont.like(primary);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Font currentFont = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Font font = fontFor(cp, primary, fallback, currentFont);
            if (currentFont != null && font != currentFont) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        runs.add(new Run(current.toString(), currentFont));
        return runs;
    }

    private static Font fontFor(int cp, Font primary, Font fallback, Font current) {
        boolean inPrimary = primary.canDisplay(cp);
        boolean inFallback = fallback.canDisplay(cp);
        if (current != null && (current == primary ? inPrimary : inFallback)) {
            if (Character.isWhitespace(cp) || !inPrimary || current == primary) {
                return current;
            }
        }
        return inPrimary || !inFallback ? primary : fallback;
    }
}
