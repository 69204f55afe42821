package org.activationlab.ui.controls;

import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Typesets LaTeX into an image with JLaTeXMath. (JLaTeXMath's fonts are AWT fonts that JavaFX
 * does not know, so the formula is drawn into an AWT image, which keeps the symbols.)
 */
final class TexImages {
    /** Room around the formula so that tall brackets and descenders are not clipped. */
    private static final int MARGIN = 2;

    private TexImages() {
    }

    /**
     * {@code latex} typeset in display style at {@code sizePx} pixels on a transparent background.
     *
     * @throws ParseException if JLaTeXMath cannot parse {@code latex}
     */
    static BufferedImage render(String latex, double sizePx, Color color) {
        TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) sizePx);
        icon.setInsets(new Insets(MARGIN, MARGIN, MARGIN, MARGIN));
        icon.setForeground(color);
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return image;
    }
}
