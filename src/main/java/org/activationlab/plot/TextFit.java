package org.activationlab.plot;

import java.awt.Font;
import java.util.List;

/**
 * Makes figure text fit a width: plain text is wrapped ({@link TextPainter#wrap}, which breaks
 * English at spaces and Chinese between characters), and what still does not fit (a long word,
 * a formula, a label that must stay on one line) is drawn in a smaller font.
 */
final class TextFit {
    /** The smallest share of its size a font is shrunk to; below it text would be unreadable. */
    private static final double SMALLEST_SHARE = 0.4;
    /** Shrinks a little more than the measured ratio, as glyph widths do not scale exactly. */
    private static final double MARGIN = 0.98;
    /** Each try at a smaller font is this share of the one before. */
    private static final double SHRINK_STEP = 0.9;

    /** Lines of text in one font. */
    record Block(List<Text> lines, Font font) {
        double width() {
            return lines.stream().mapToDouble(l -> TextPainter.measure(l, font).width()).max().orElse(0);
        }

        double lineHeight() {
            return TextPainter.lineHeight(font);
        }

        double height() {
            if (lines.size() == 1) {
                return TextPainter.measure(lines.get(0), font).height();
            }
            return lines.size() * lineHeight();
        }

        boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    private TextFit() {
    }

    /** {@code font}, or a smaller one in which {@code text} on one line is at most {@code width} wide. */
    static Font font(Text text, Font font, double width) {
        double natural = TextPainter.measure(text, font).width();
        if (natural <= width || natural == 0) {
            return font;
        }
        double share = Math.max(SMALLEST_SHARE, MARGIN * Math.max(0, width) / natural);
        return font.deriveFont((float) (font.getSize2D() * share));
    }

    /**
     * {@code text} in lines at most {@code width} wide: plain text wrapped, then, if a line is
     * still wider (one long word), every line in a smaller font; LaTeX on one line, shrunk.
     */
    static Block block(Text text, Font font, double width) {
        return block(text, font, width, Double.POSITIVE_INFINITY);
    }

    /**
     * {@code text} fitted as {@link #block(Text, Font, double)} does, in a smaller font where its
     * lines would be more than {@code height} high together, down to {@value #SMALLEST_SHARE} of its size.
     */
    static Block block(Text text, Font font, double width, double height) {
        Block block = wrapped(text, font, width);
        Font smaller = font;
        while (block.height() > height && smaller.getSize2D() * SHRINK_STEP >= font.getSize2D() * SMALLEST_SHARE) {
            smaller = smaller.deriveFont(smaller.getSize2D() * (float) SHRINK_STEP);
            block = wrapped(text, smaller, width);
        }
        return block;
    }

    private static Block wrapped(Text text, Font font, double width) {
        if (text.isEmpty()) {
            return new Block(List.of(), font);
        }
        if (text.latex()) {
            return new Block(List.of(text), font(text, font, width));
        }
        List<Text> lines = TextPainter.wrap(text.content(), font, width).stream().map(Text::plain)
                .filter(t -> !t.isEmpty()).toList();
        Font smaller = font;
        for (Text line : lines) {
            Font fitted = font(line, font, width);
            if (fitted.getSize2D() < smaller.getSize2D()) {
                smaller = fitted;
            }
        }
        return new Block(lines, smaller);
    }
}
