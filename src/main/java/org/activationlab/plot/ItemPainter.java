package org.activationlab.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.activationlab.model.Jump;

/** Draws the items of a panel inside its plot area (the caller clips to it). */
final class ItemPainter {
    /** Pixel coordinates are clamped to this far outside the plot area, so that huge values stay drawable. */
    private static final double PIXEL_LIMIT = 1e5;
    /**
     * How far (in user-space units) a left-out point may lie from the drawn line: a hundredth of
     * a pixel, so that curves stay smooth even in a PDF zoomed in many times.
     */
    static final double SIMPLIFY_TOLERANCE = 0.01;
    /** How far a point's label may move up or down, in its heights, to keep off other text; nearest first. */
    private static final double[] NOTE_SHIFTS = {0, 1, -1, 2, -2};
    /** A jump's dot is this many points wider than twice its line's width. */
    private static final double JUMP_DOT_PADDING = 4;
    /** Relative difference below which a jump's limit counts as the value taken. */
    private static final double SAME_VALUE = 1e-12;
    /** How far a point's label may move sideways, in its widths, when no place above or below is free; nearest first. */
    private static final double[] NOTE_SIDEWAYS = {0, 1, -1};
    /**
     * The sizes, as shares of the legend font, a point's label tries in turn when every place
     * near its point would hide other text (a small plot at a large presentation scale).
     */
    private static final double[] NOTE_FONT_SHARES = {1, 0.85, 0.72, 0.6};

    private ItemPainter() {
    }

    static void paint(Graphics2D g, PlotItem item, PanelLayout panel, RenderStyle style) {
        if (item instanceof Series s) {
            paintSeries(g, s, panel, style);
        } else if (item instanceof XRegion r) {
            paintRegion(g, r, panel, style);
        } else if (item instanceof ReferenceLine l) {
            paintReferenceLine(g, l, panel, style);
        } else if (item instanceof Marker m) {
            paintMarker(g, m, panel, style);
        } else if (item instanceof TextNote n) {
            paintNote(g, n, panel, style);
        } else if (item instanceof HeatMap h) {
            paintHeatMap(g, h, panel);
        } else if (item instanceof Bars b) {
            paintBars(g, b, panel, style);
        } else if (item instanceof Band b) {
            paintBand(g, b, panel, style);
        } else if (item instanceof BoxPlot b) {
            BoxPlotPainter.paint(g, b, panel, style);
        }
    }

    /** The area between a band's edges as one filled polygon (its pixels clamped, so that huge values stay drawable). */
    private static void paintBand(Graphics2D g, Band b, PanelLayout panel, RenderStyle style) {
        double[] xs = b.xs();
        double[] lows = b.lows();
        double[] highs = b.highs();
        Path2D.Double area = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            double px = clamp(panel.x().toPixel(xs[i]));
            double py = clamp(panel.y().toPixel(highs[i]));
            if (i == 0) {
                area.moveTo(px, py);
            } else {
                area.lineTo(px, py);
            }
        }
        for (int i = xs.length - 1; i >= 0; i--) {
            area.lineTo(clamp(panel.x().toPixel(xs[i])), clamp(panel.y().toPixel(lows[i])));
        }
        area.closePath();
        g.setColor(style.colour(b.ink(), b.opacity()));
        g.fill(area);
    }

    /**
     * The polyline in pixels, broken where a point cannot be drawn, with the points that lie
     * within {@link #SIMPLIFY_TOLERANCE} of their neighbours' line left out.
     */
    static PixelPolyline polyline(Series s, PanelLayout panel) {
        double[][] cut = s.jumps().isEmpty() ? new double[][] {s.xValues(), s.yValues()} : cutAtJumps(s);
        int n = cut[0].length;
        double[] px = toPixels(panel.x(), cut[0]);
        double[] py = toPixels(panel.y(), cut[1]);
        boolean[] keep = new boolean[n];
        double[] kx = new double[n];
        double[] ky = new double[n];
        int[] starts = new int[n / 2 + 1];
        int kept = 0;
        int pieces = 0;
        int i = 0;
        while (i < n) {
            if (!Double.isFinite(px[i]) || !Double.isFinite(py[i])) {
                i++;
                continue;
            }
            int from = i;
            for (; i < n && Double.isFinite(px[i]) && Double.isFinite(py[i]); i++) {
                px[i] = clamp(px[i]);
                py[i] = clamp(py[i]);
            }
            PolylineSimplifier.simplify(px, py, from, i - 1, SIMPLIFY_TOLERANCE, keep);
            starts[pieces++] = kept;
            for (int j = from; j < i; j++) {
                if (keep[j]) {
                    kx[kept] = px[j];
                    ky[kept++] = py[j];
                }
            }
        }
        return new PixelPolyline(kx, ky, kept, starts, pieces);
    }

    /** {@code values} mapped to pixels by {@code axis}, as {@link AxisMapping#toPixel} does, NaN where it cannot be. */
    private static double[] toPixels(AxisMapping axis, double[] values) {
        double[] pixels = new double[values.length];
        if (axis.scale() == Scale.LOG) {
            for (int i = 0; i < values.length; i++) {
                pixels[i] = axis.toPixel(values[i]);
            }
            return pixels;
        }
        double min = axis.min();
        double range = axis.max() - min;
        double start = axis.pixelAtMin();
        double span = axis.pixelAtMax() - start;
        for (int i = 0; i < values.length; i++) {
            pixels[i] = start + (values[i] - min) / range * span;
        }
        return pixels;
    }

    private static double clamp(double p) {
        return Math.max(-PIXEL_LIMIT, Math.min(PIXEL_LIMIT, p));
    }

    /**
     * The series' points with its jumps cut out: at each jump the samples at the point itself are
     * dropped, the piece on the left ends at its limit, a NaN breaks the line, and the piece on the
     * right starts at its limit. Returns {xs, ys}.
     */
    static double[][] cutAtJumps(Series s) {
        List<Jump> jumps = s.jumps();
        int n = s.size();
        if (jumps.isEmpty()) {
            return new double[][] {s.xs(), s.ys()};
        }
        double[] xs = new double[n + 3 * jumps.size()];
        double[] ys = new double[xs.length];
        int m = 0;
        int next = 0;
        for (int i = 0; i < n; i++) {
            double x = s.x(i);
            while (next < jumps.size() && x >= jumps.get(next).x()) {
                Jump j = jumps.get(next++);
                double[] cut = {j.left(), Double.NaN, j.right()};
                for (double y : cut) {
                    xs[m] = j.x();
                    ys[m++] = y;
                }
            }
            if (next == 0 || x != jumps.get(next - 1).x()) {
                xs[m] = x;
                ys[m++] = s.y(i);
            }
        }
        return new double[][] {Arrays.copyOf(xs, m), Arrays.copyOf(ys, m)};
    }

    private static void paintSeries(Graphics2D g, Series s, PanelLayout panel, RenderStyle style) {
        Color colour = style.colour(s.style().ink(), s.style().opacity());
        g.setColor(colour);
        g.setStroke(style.stroke(s.style()));
        RasterLines.drawPolyline(g, polyline(s, panel));
        if (!s.jumps().isEmpty()) {
            paintJumpDots(g, s, panel, style, colour);
        }
    }

    /**
     * At each jump a filled dot at the value taken and an open dot (background inside, a ring in the
     * series' colour) at each limit not taken; the diameter grows with the line width.
     */
    private static void paintJumpDots(Graphics2D g, Series s, PanelLayout panel, RenderStyle style, Color colour) {
        double lineWidth = s.style().width();
        double size = (2 * lineWidth + JUMP_DOT_PADDING) * style.scale;
        java.awt.BasicStroke ring = style.stroke(Math.max(1, 0.75 * lineWidth));
        Color inside = style.colour(Ink.Role.BACKGROUND);
        for (Jump j : s.jumps()) {
            double px = panel.x().toPixel(j.x());
            for (double limit : new double[] {j.left(), j.right()}) {
                if (!sameValue(limit, j.at())) {
                    double py = panel.y().toPixel(limit);
                    if (Double.isFinite(px) && Double.isFinite(py)) {
                        java.awt.Shape dot = MarkerShapes.shape(Marker.Shape.CIRCLE, px, py, size);
                        g.setColor(inside);
                        g.fill(dot);
                        g.setColor(colour);
                        g.setStroke(ring);
                        g.draw(dot);
                    }
                }
            }
            double py = panel.y().toPixel(j.at());
            if (Double.isFinite(px) && Double.isFinite(py)) {
                g.setColor(colour);
                g.fill(MarkerShapes.shape(Marker.Shape.CIRCLE, px, py, size));
            }
        }
    }

    /** Whether a limit is the value taken, up to rounding (then it gets no open dot). */
    private static boolean sameValue(double limit, double at) {
        return Math.abs(limit - at) <= SAME_VALUE * (1 + Math.abs(at));
    }

    /** The pixel rectangle of an x interval over the whole plot height, clipped to the plot area. */
    static Rectangle2D regionRectangle(double from, double to, PanelLayout panel) {
        Rectangle2D area = panel.plotArea();
        double x0 = Math.max(area.getMinX(), panel.x().toPixel(from));
        double x1 = Math.min(area.getMaxX(), panel.x().toPixel(to));
        return new Rectangle2D.Double(x0, area.getMinY(), Math.max(0, x1 - x0), area.getHeight());
    }

    private static void paintRegion(Graphics2D g, XRegion r, PanelLayout panel, RenderStyle style) {
        Rectangle2D rect = regionRectangle(r.from(), r.to(), panel);
        if (rect.getWidth() <= 0) {
            return;
        }
        Color colour = style.colour(r.ink(), r.opacity());
        if (r.fill() == XRegion.Fill.SHADE) {
            g.setColor(colour);
            g.fill(rect);
        } else {
            hatch(g, rect, colour, style);
        }
    }

    /** Diagonal lines across {@code rect}, in one path (on an image, line by line: {@link RasterLines}). */
    static void hatch(Graphics2D g, Rectangle2D rect, Color colour, RenderStyle style) {
        double spacing = 7 * style.scale;
        Path2D.Double lines = new Path2D.Double();
        double h = rect.getHeight();
        double start = rect.getMinX() - h;
        for (double x = Math.floor(start / spacing) * spacing; x <= rect.getMaxX(); x += spacing) {
            lines.moveTo(x, rect.getMaxY());
            lines.lineTo(x + h, rect.getMinY());
        }
        GraphicsState saved = GraphicsState.save(g);
        try {
            g.clip(rect);
            g.setColor(colour);
            g.setStroke(style.stroke(1));
            RasterLines.drawSeparately(g, lines);
        } finally {
            saved.restore(g);
        }
    }

    private static void paintReferenceLine(Graphics2D g, ReferenceLine l, PanelLayout panel, RenderStyle style) {
        Rectangle2D area = panel.plotArea();
        Line2D.Double line;
        if (l.orientation() == ReferenceLine.Orientation.HORIZONTAL) {
            double py = panel.y().toPixel(l.value());
            if (!Double.isFinite(py)) {
                return;
            }
            line = new Line2D.Double(area.getMinX(), py, area.getMaxX(), py);
        } else {
            double px = panel.x().toPixel(l.value());
            if (!Double.isFinite(px)) {
                return;
            }
            line = new Line2D.Double(px, area.getMinY(), px, area.getMaxY());
        }
        g.setColor(style.colour(l.style().ink(), l.style().opacity()));
        g.setStroke(style.stroke(l.style()));
        g.draw(line);
    }

    private static void paintMarker(Graphics2D g, Marker m, PanelLayout panel, RenderStyle style) {
        double px = panel.x().toPixel(m.x());
        double py = panel.y().toPixel(m.y());
        if (!Double.isFinite(px) || !Double.isFinite(py)) {
            return;
        }
        double size = m.size() * style.scale;
        java.awt.Color ink = style.colour(m.ink());
        java.awt.Color outline = style.colour(Ink.Role.BACKGROUND);
        java.awt.BasicStroke stroke = style.stroke(m.shape() == Marker.Shape.CROSS ? 1.5 : 1);
        g.setColor(ink);
        Rectangle2D bounds = MarkerShapes.shape(m.shape(), 0, 0, size).getBounds2D();
        double reach = stroke.getLineWidth();
        bounds.setRect(bounds.getX() - reach, bounds.getY() - reach, bounds.getWidth() + 2 * reach,
                bounds.getHeight() + 2 * reach);
        StampedMarker what = new StampedMarker(m.shape(), size, ink.getRGB(), outline.getRGB(), stroke.getLineWidth());
        if (!Stamps.draw(g, what, px, py, bounds, at -> paintSymbol(at, m.shape(), 0, 0, size, ink, outline, stroke))) {
            paintSymbol(g, m.shape(), px, py, size, ink, outline, stroke);
        }
        if (!m.label().isEmpty()) {
            Rectangle2D area = panel.plotArea();
            double offset = m.size() * style.scale / 2 + 2 * style.scale;
            TextPainter.Extent e = TextPainter.measure(m.label(), style.legendFont);
            boolean right = px + offset + e.width() <= area.getMaxX();
            boolean above = py - offset - e.height() >= area.getMinY();
            double x = within(right ? px + offset : px - offset - e.width(), area.getMinX(), area.getMaxX() - e.width());
            double y = within(above ? py - offset - e.height() : py + offset, area.getMinY(), area.getMaxY() - e.height());
            style.drawn(m.label(), TextPainter.draw(g, m.label(), style.legendFont, style.colour(Ink.Role.FOREGROUND),
                    x, y, Anchor.TOP_LEFT, 0), area);
        }
    }

    /** A marker as a stamp shows it. */
    private record StampedMarker(Marker.Shape shape, double size, int ink, int outline, float strokeWidth) {
    }

    /** A marker's symbol centred on (x, y): filled and outlined in the background colour, or a stroked cross. */
    private static void paintSymbol(Graphics2D g, Marker.Shape shape, double x, double y, double size, java.awt.Color ink,
                                    java.awt.Color outline, java.awt.BasicStroke stroke) {
        java.awt.Shape symbol = MarkerShapes.shape(shape, x, y, size);
        g.setColor(ink);
        g.setStroke(stroke);
        if (shape == Marker.Shape.CROSS) {
            g.draw(symbol);
        } else {
            g.fill(symbol);
            g.setColor(outline);
            g.draw(symbol);
        }
    }

    private static void paintNote(Graphics2D g, TextNote n, PanelLayout panel, RenderStyle style) {
        Rectangle2D area = panel.plotArea();
        double px = n.placement() == TextNote.Placement.DATA ? panel.x().toPixel(n.x())
                : area.getMinX() + n.x() * area.getWidth();
        double py = n.placement() == TextNote.Placement.DATA ? panel.y().toPixel(n.y())
                : area.getMaxY() - n.y() * area.getHeight();
        if (!Double.isFinite(px) || !Double.isFinite(py) || !area.contains(px, py)) {
            return;
        }
        double pad = n.boxed() ? 5 * style.scale : 0;
        NotePlace chosen = null;
        for (double share : n.placement() == TextNote.Placement.DATA ? NOTE_FONT_SHARES : new double[] {1}) {
            java.awt.Font font = style.legendFont.deriveFont((float) (style.legendFont.getSize2D() * share));
            TextFit.Block block = TextFit.block(n.text(), font, area.getWidth() - 2 * pad, area.getHeight() - 2 * pad);
            NotePlace place = notePlace(n, block, px, py, pad, area, style);
            if (chosen == null || place.hidden() < chosen.hidden()) {
                chosen = place;
            }
            if (place.hidden() == 0) {
                break;
            }
        }
        Rectangle2D place = chosen.box();
        double left = place.getX();
        double top = place.getY();
        double width = place.getWidth();
        double height = place.getHeight();
        if (n.boxed()) {
            RoundRectangle2D box = new RoundRectangle2D.Double(left, top, width, height,
                    6 * style.scale, 6 * style.scale);
            g.setColor(style.theme.legendBackground());
            g.fill(box);
            g.setColor(style.colour(Ink.Role.GRID));
            g.setStroke(style.stroke(0.8));
            g.draw(box);
        }
        TextPainter.drawBlock(g, chosen.block(), style.colour(n.ink()), left + pad, top + pad, 0, area, style);
    }

    /** Where a note goes, in which lines and font, and how much of the text drawn before it hides. */
    private record NotePlace(TextFit.Block block, Rectangle2D box, double hidden) {
    }

    /**
     * Where a note of this size goes: at its anchor, kept inside the plot area; a note at a data
     * point that would lie on text drawn before (another point's label) goes to another side of the
     * point, or up or down by its height or twice that, then also sideways by its width, the first
     * place that hides none of it (else the place that hides the least).
     */
    private static NotePlace notePlace(TextNote n, TextFit.Block block, double px, double py, double pad,
                                       Rectangle2D area, RenderStyle style) {
        double width = block.width() + 2 * pad;
        double height = block.height() + 2 * pad;
        List<TextBox> drawn = style.drawnTexts();
        NotePlace best = null;
        boolean movable = n.placement() == TextNote.Placement.DATA;
        for (double sideways : movable ? NOTE_SIDEWAYS : new double[] {0}) {
            for (double shift : movable ? NOTE_SHIFTS : new double[] {0}) {
                for (int side = 0; side < (movable ? 4 : 1); side++) {
                    double fx = (side & 1) == 0 ? n.anchor().fractionX() : 1 - n.anchor().fractionX();
                    double fy = (side & 2) == 0 ? n.anchor().fractionY() : 1 - n.anchor().fractionY();
                    Rectangle2D box = new Rectangle2D.Double(
                            within(px - fx * width + sideways * width, area.getMinX(), area.getMaxX() - width),
                            within(py - fy * height + shift * height, area.getMinY(), area.getMaxY() - height),
                            width, height);
                    double hidden = drawn.stream().map(t -> box.createIntersection(t.box()))
                            .filter(r -> !r.isEmpty()).mapToDouble(r -> r.getWidth() * r.getHeight()).sum();
                    if (hidden == 0) {
                        return new NotePlace(block, box, 0);
                    }
                    if (best == null || hidden < best.hidden()) {
                        best = new NotePlace(block, box, hidden);
                    }
                }
            }
        }
        return best;
    }

    /** {@code v} moved into [low, high], or {@code low} when the range is empty. */
    private static double within(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }

    private static void paintHeatMap(Graphics2D g, HeatMap h, PanelLayout panel) {
        BufferedImage image = new BufferedImage(h.columns(), h.rows(), BufferedImage.TYPE_INT_ARGB);
        for (int row = 0; row < h.rows(); row++) {
            for (int col = 0; col < h.columns(); col++) {
                image.setRGB(col, h.rows() - 1 - row, h.argb(h.value(col, row)));
            }
        }
        double x0 = panel.x().toPixel(h.xMin());
        double x1 = panel.x().toPixel(h.xMax());
        double yTop = panel.y().toPixel(h.yMax());
        double yBottom = panel.y().toPixel(h.yMin());
        AffineTransform at = new AffineTransform();
        at.translate(x0, yTop);
        at.scale((x1 - x0) / h.columns(), (yBottom - yTop) / h.rows());
        GraphicsState saved = GraphicsState.save(g);
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, at, null);
        } finally {
            saved.restore(g);
        }
    }

    private static void paintBars(Graphics2D g, Bars b, PanelLayout panel, RenderStyle style) {
        AxisMapping my = panel.y();
        double base = my.scale() == Scale.LOG ? panel.plotArea().getMaxY() : clamp(my.toPixel(0));
        Path2D.Double bars = new Path2D.Double();
        for (int i = 0; i < b.size(); i++) {
            double top = my.toPixel(b.height(i));
            if (!Double.isFinite(top)) {
                continue;
            }
            top = clamp(top);
            double x0 = panel.x().toPixel(b.left(i));
            double x1 = panel.x().toPixel(b.right(i));
            bars.append(new Rectangle2D.Double(x0, Math.min(top, base), x1 - x0, Math.abs(base - top)), false);
        }
        g.setColor(style.colour(b.ink(), b.opacity()));
        g.fill(bars);
        g.setColor(style.colour(b.ink()));
        g.setStroke(style.stroke(0.8));
        g.draw(bars);
    }

    /** The symbol shapes of markers, centred on a point. */
    static final class MarkerShapes {
        private MarkerShapes() {
        }

        static java.awt.Shape shape(Marker.Shape shape, double cx, double cy, double size) {
            double r = size / 2;
            return switch (shape) {
                case CIRCLE -> new Ellipse2D.Double(cx - r, cy - r, size, size);
                case SQUARE -> new Rectangle2D.Double(cx - r * 0.9, cy - r * 0.9, size * 0.9, size * 0.9);
                case DIAMOND -> polygon(cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy);
                case TRIANGLE -> polygon(cx, cy - r, cx + r, cy + r * 0.8, cx - r, cy + r * 0.8);
                case CROSS -> cross(cx, cy, r);
            };
        }

        private static Path2D.Double polygon(double... xy) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                p.lineTo(xy[i], xy[i + 1]);
            }
            p.closePath();
            return p;
        }

        private static Path2D.Double cross(double cx, double cy, double r) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(cx - r, cy - r);
            p.lineTo(cx + r, cy + r);
            p.moveTo(cx - r, cy + r);
            p.lineTo(cx + r, cy - r);
            return p;
        }
    }
}
