package org.activationlab.bench;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.GlyphOutlineGraphics2D;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.curves.CurveSampler;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;

/**
 * One frame of the curves view without JavaFX, for {@link RenderSideBySide}'s {@code draw} mode,
 * which loads this class once with the old and once with the new renderer: a slider step (the
 * leaky slope changes), sampling, the figure, and the drawing into a 1600 x 1000 premultiplied
 * ARGB image marked as a raster target, as the view's {@code FigureRaster} draws it.
 */
public final class CurvesDrawProbe {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final List<String> TWELVE = List.of("sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu",
            "softplus", "gelu", "swish", "mish", "hard_swish", "softsign");
    private static final BufferedImage IMAGE = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
    private static int frame;

    private CurvesDrawProbe() {
    }

    /** Draws the next frame. */
    public static void frame() {
        frame++;
        List<ActivationSpec> functions = new ArrayList<>();
        for (String name : TWELVE) {
            Activation a = Catalogue.get(name);
            functions.add(ActivationSpec.of(name.equals("leaky_relu") ? a.with("slope", 0.01 + (frame % 50) * 0.005) : a));
        }
        CurvesSettings settings = CurvesSettings.builder().activations(functions).range(-6, 6).points(2000)
                .panels(true, true).build();
        Figure figure = CurvesFigureBuilder.build(settings, CurveSampler.sample(settings));
        Graphics2D g = IMAGE.createGraphics();
        try {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setComposite(AlphaComposite.SrcOver);
            g.setRenderingHint(GlyphOutlineGraphics2D.RASTER_TARGET, Boolean.TRUE);
            FigureRenderer.render(figure, g, WIDTH, HEIGHT, RenderOptions.DEFAULT);
        } finally {
            g.dispose();
        }
    }
}
