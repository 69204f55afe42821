package org.activationlab.plot;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Everything the renderer decided before drawing: the public layout plus the ticks, the title
 * and caption positions.
 *
 * @param style the sizes and fonts the figure is drawn with (at a smaller scale than asked when it did not fit)
 * @param layout the plot areas and data-pixel mappings
 * @param xTicks the shared x ticks
 * @param yTicks the y ticks of each panel
 * @param colourBars the colour bar rectangle of each panel, or null where it has none
 * @param title the title's lines and font, fitted to the figure's width
 * @param titleTop the top of the title
 * @param xLabelTop the top of the x axis title
 * @param captionLines the caption, wrapped
 * @param captionTop the top of the first caption line
 * @param yLabelCentre the x of the centre of the rotated y axis titles
 */
record FigurePlan(RenderStyle style, FigureLayout layout, AxisTicks xTicks, List<AxisTicks> yTicks, List<Rectangle2D> colourBars,
                  TextFit.Block title, double titleTop, double xLabelTop, List<String> captionLines, double captionTop,
                  double yLabelCentre) {
}
