package org.activationlab.plot;

import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * Where one piece of figure text landed when a figure was drawn: its box and the frame it must
 * stay inside (the figure for titles, ticks and captions; the plot area for legends and labels
 * drawn in it). Layout checks use these to find text that is cut off or drawn over other text.
 *
 * @param text the characters drawn (or the LaTeX source)
 * @param box the text's bounding box, in the pixel space the figure was drawn in
 * @param frame the rectangle the text belongs in, in the same space
 */
public record TextBox(String text, Rectangle2D box, Rectangle2D frame) {

    public TextBox {
        Objects.requireNonNull(text, "text");
        box = (Rectangle2D) box.clone();
        frame = (Rectangle2D) frame.clone();
    }

    @Override
    public Rectangle2D box() {
        return (Rectangle2D) box.clone();
    }

    @Override
    public Rectangle2D frame() {
        return (Rectangle2D) frame.clone();
    }

    /** Whether the box sticks out of its frame by more than {@code tolerance} on any side. */
    public boolean leavesFrame(double tolerance) {
        return box.getMinX() < frame.getMinX() - tolerance || box.getMinY() < frame.getMinY() - tolerance
                || box.getMaxX() > frame.getMaxX() + tolerance || box.getMaxY() > frame.getMaxY() + tolerance;
    }

    /** Whether this box and {@code other}'s overlap by more than {@code tolerance} in both directions. */
    public boolean overlaps(TextBox other, double tolerance) {
        double w = Math.min(box.getMaxX(), other.box.getMaxX()) - Math.max(box.getMinX(), other.box.getMinX());
        double h = Math.min(box.getMaxY(), other.box.getMaxY()) - Math.max(box.getMinY(), other.box.getMinY());
        return w > tolerance && h > tolerance;
    }
}
