package org.activationlab.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line of figure text may break: at spaces, as in English, and between Chinese
 * characters, which have no spaces between words. A Chinese character is its own piece, closing
 * punctuation ({@code ，。、；：？！）》」}) sticks to the piece before it and opening punctuation
 * ({@code （《「}) to the piece after it, so no line starts with a comma or ends with a bracket.
 */
final class LineBreaks {
    private static final String CLOSING = "，。、；：？！）》」』”’%";
    private static final String OPENING = "（《「『“‘";

    /** A piece that cannot be broken, and whether a space separates it from the piece before. */
    record Piece(String text, boolean spaceBefore) {
    }

    private LineBreaks() {
    }

    /** The unbreakable pieces of one paragraph, in order; spaces are dropped (recorded as {@code spaceBefore}). */
    static List<Piece> pieces(String paragraph) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean spaceBefore = false;
        boolean pendingSpace = false;
        boolean joinNext = false;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                if (word.length() > 0) {
                    pieces.add(new Piece(word.toString(), spaceBefore));
                    word.setLength(0);
                    spaceBefore = false;
                }
                pendingSpace = true;
                joinNext = false;
                continue;
            }
            if (word.length() == 0 && !joinNext) {
                spaceBefore = pendingSpace && !pieces.isEmpty();
            }
            pendingSpace = false;
            boolean closing = CLOSING.indexOf(cp) >= 0;
            boolean breakBefore = word.length() > 0 && !joinNext && !closing
                    && (isChinese(cp) || isChinese(word.codePointBefore(word.length())));
            if (breakBefore) {
                pieces.add(new Piece(word.toString(), spaceBefore));
                word.setLength(0);
                spaceBefore = false;
            }
            word.appendCodePoint(cp);
            joinNext = OPENING.indexOf(cp) >= 0;
        }
        if (word.length() > 0) {
            pieces.add(new Piece(word.toString(), spaceBefore));
        }
        return pieces;
    }

    /** Whether a line may break on either side of {@code cp}: a Han character or CJK punctuation. */
    private static boolean isChinese(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
