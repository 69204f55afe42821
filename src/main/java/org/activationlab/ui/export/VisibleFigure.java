package org.activationlab.ui.export;

import java.util.Objects;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.SeriesTable;

/**
 * A figure exactly as a view shows it now, with what File &gt; Export needs to reproduce it:
 * the same figure data, the size and render options of the screen, the sampled series and a
 * caption to add on request. Immutable, so an export can run off the JavaFX thread.
 *
 * @param figure the figure as drawn on screen (no caption)
 * @param caption what the figure shows (functions, parameters, range), for an optional caption
 * @param data the sampled series behind the figure, for CSV; null when the view has none
 * @param width the on-screen width in pixels: the size of a 1x export
 * @param height the on-screen height in pixels
 * @param render how an export draws it by default: the view's own look, whatever presentation mode shows
 * @param name the start of a suggested file name, e.g. {@code curves}
 * @param screenRender how the screen draws it now (presentation mode's theme, palette and scale), for
 *                     an export that asks for the screen's look
 */
public record VisibleFigure(Figure figure, String caption, SeriesTable data, int width, int height,
                            RenderOptions render, String name, RenderOptions screenRender) {

    /** A figure that the screen draws just as an export does. */
    public VisibleFigure(Figure figure, String caption, SeriesTable data, int width, int height, RenderOptions render,
                         String name) {
        this(figure, caption, data, width, height, render, name, render);
    }

    public VisibleFigure {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(render, "render");
        Objects.requireNonNull(screenRender, "screenRender");
        Objects.requireNonNull(name, "name");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a visible figure has a size of at least 1 x 1, got "
                    + width + " x " + height);
        }
    }

    /** The figure, with its caption under it when {@code withCaption} is set and the caption is not empty. */
    public Figure figure(boolean withCaption) {
        return withCaption && !caption.isEmpty() ? figure.withCaption(caption) : figure;
    }
}
