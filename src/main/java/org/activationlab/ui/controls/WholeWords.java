package org.activationlab.ui.controls;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The least width at which wrapped text breaks only where JavaFX breaks a line whole: at spaces
 * (not at hyphens: "non-linear" is one word to it), and between any two Chinese or Japanese
 * characters, which need no spaces. Narrower, JavaFX breaks inside a word ("activati / on").
 */
public final class WholeWords {
    private WholeWords() {
    }

    /** The width of the widest run of {@code text} that JavaFX keeps on one line, in {@code font}; 0 for no text. */
    public static double widest(String text, Font font) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Text measure = new Text();
        measure.setFont(font);
        double widest = 0;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean space = Character.isWhitespace(c);
            boolean alone = !space && breaksAround(c);
            if (space || alone) {
                widest = Math.max(widest, width(measure, run.toString()));
                run.setLength(0);
            }
            if (alone) {
                widest = Math.max(widest, width(measure, Character.toString(c)));
            } else if (!space) {
                run.appendCodePoint(c);
            }
        }
        return Math.ceil(Math.max(widest, width(measure, run.toString())));
    }

    /** Whether a line may break before and after {@code c}: an ideograph, a kana or CJK punctuation. */
    private static boolean breaksAround(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return Character.isIdeographic(c) || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static double width(Text measure, String s) {
        if (s.isEmpty()) {
            return 0;
        }
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
