package org.activationlab.cli;

/**
 * The width of text in a terminal's columns: East Asian wide characters (Chinese, full-width
 * punctuation) take two columns, everything else one, so tables line up in both languages.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    /** The number of terminal columns {@code s} takes. */
    static int of(String s) {
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return script == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61;
    }
}
