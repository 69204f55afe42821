package org.activationlab.ui.export;

import java.util.Objects;
import org.activationlab.export.ExportFormat;
import org.activationlab.export.FigureExporter;
import org.activationlab.export.PngExporter;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.TextMode;

/**
 * What the File &gt; Export dialog asks for.
 *
 * @param format the file format
 * @param pngSize PNG: 1x, 2x, 4x the on-screen size, or {@link PngSize#CUSTOM}
 * @param customWidth PNG at a custom size: the width in pixels ({@value #MIN_SIZE} to {@value #MAX_SIZE})
 * @param customHeight PNG at a custom size: the height in pixels (same bounds)
 * @param transparent PNG: leave the background transparent
 * @param svgText SVG: text as outlines (self-contained) or as text (searchable)
 * @param caption PNG, SVG and PDF: add a caption listing the functions, parameters and range
 * @param screenLook PNG, SVG and PDF: draw with the screen's theme, palette and scale (presentation
 *                   mode) instead of the figure's own look
 */
public record ExportOptions(ExportFormat format, PngSize pngSize, int customWidth, int customHeight,
                            boolean transparent, TextMode svgText, boolean caption, boolean screenLook) {
    /** The smallest custom side, as in the {@code export} command. */
    public static final int MIN_SIZE = 16;
    /** The largest custom side, as in the {@code export} command. */
    public static final int MAX_SIZE = 16384;
    /** What the dialog offers the first time: a 2x PNG with an opaque background and no caption. */
    public static final ExportOptions DEFAULT = new ExportOptions(ExportFormat.PNG, PngSize.X2, 1920, 1080, false,
            TextMode.OUTLINES, false);

    /** Options that export with the figure's own look. */
    public ExportOptions(ExportFormat format, PngSize pngSize, int customWidth, int customHeight, boolean transparent,
                         TextMode svgText, boolean caption) {
        this(format, pngSize, customWidth, customHeight, transparent, svgText, caption, false);
    }

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pngSize, "pngSize");
        Objects.requireNonNull(svgText, "svgText");
        if (customWidth < MIN_SIZE || customWidth > MAX_SIZE || customHeight < MIN_SIZE || customHeight > MAX_SIZE) {
            throw new IllegalArgumentException("a custom size must be " + MIN_SIZE + " to " + MAX_SIZE
                    + " pixels each way, got " + customWidth + " x " + customHeight);
        }
        if ((long) customWidth * customHeight > PngExporter.MAX_PIXELS) {
            throw new IllegalArgumentException("a custom size may have at most " + PngExporter.MAX_PIXELS / 1_000_000
                    + " million pixels, got " + customWidth + " x " + customHeight);
        }
    }

    /** The figure to write: {@code visible}'s, with its caption if asked for (never for CSV). */
    public Figure figure(VisibleFigure visible) {
        return visible.figure(caption && format != ExportFormat.CSV);
    }

    /** The exporter's settings for {@code visible}: its size and render options, changed as these options say. */
    public FigureExporter.Settings exporterSettings(VisibleFigure visible) {
        RenderOptions render = screenLook ? visible.screenRender() : visible.render();
        return switch (format) {
            case PNG -> pngSize == PngSize.CUSTOM
                    ? new FigureExporter.Settings(customWidth, customHeight, 1, render.withTransparentBackground(transparent))
                    : new FigureExporter.Settings(visible.width(), visible.height(), pngSize.factor(),
                            render.withTransparentBackground(transparent));
            case SVG -> new FigureExporter.Settings(visible.width(), visible.height(), 1, render.withTextMode(svgText));
            case PDF, CSV -> new FigureExporter.Settings(visible.width(), visible.height(), 1, render);
        };
    }

    /** The pixel size of a PNG of {@code visible} with these options: {width, height}. */
    public int[] pngPixels(VisibleFigure visible) {
        return pngSize == PngSize.CUSTOM ? new int[] {customWidth, customHeight}
                : new int[] {visible.width() * pngSize.factor(), visible.height() * pngSize.factor()};
    }
}
