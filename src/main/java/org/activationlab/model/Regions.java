package org.activationlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

/**
 * Where an activation passes no gradient (dead regions: f' = 0 exactly) and where it passes
 * almost none (saturation: |f'| &lt; {@link #SATURATION_SLOPE}).
 *
 * <p>Saturation regions are the tails where |f'| stays below the threshold, and the plateaus
 * around dead regions. The short stretches around isolated critical points (the minimum of
 * GELU, the crests of sin) also have a tiny slope but are not regions where the function is
 * flat, so they are left out. Ends found by bisection are open (there |f'| equals the
 * threshold); a breakpoint belongs to a region when its own (PyTorch one-sided) slope does.
 */
final class Regions {
    /** The slope below which a function counts as saturated. */
    static final double SATURATION_SLOPE = 1e-3;

    private Regions() {
    }

    /** The dead regions: constant pieces, with a bordering breakpoint where f' = 0 there too. */
    static List<Interval> dead(Activation a, PieceStructure structure) {
        List<Interval> parts = new ArrayList<>();
        List<Piece> pieces = structure.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.constant()) {
                parts.add(piece.interval());
            }
            if (i < pieces.size() - 1) {
                double b = piece.upper();
                boolean bordersDeadPiece = piece.constant() || pieces.get(i + 1).constant();
                if (bordersDeadPiece && a.derivative(b) == 0) {
                    parts.add(point(b));
                }
            }
        }
        return IntervalUnion.of(parts);
    }

    /** The saturation regions, given the dead regions found by {@link #dead}. */
    static List<Interval> saturation(Activation a, PieceStructure structure, Samples samples,
                                     TailBehaviour left, TailBehaviour right, List<Interval> dead) {
        DoublePredicate saturated = x -> Math.abs(a.derivative(x)) < SATURATION_SLOPE;
        List<Interval> parts = new ArrayList<>();
        for (Piece piece : structure.pieces()) {
            if (piece.constant()) {
                parts.add(piece.interval());
            } else {
                addSaturatedStretches(parts, piece, samples, saturated, left.settles(), right.settles());
            }
        }
        for (Breakpoint b : structure.breakpoints()) {
            if (saturated.test(b.x())) {
                parts.add(point(b.x()));
            }
        }
        List<Interval> result = new ArrayList<>();
        for (Interval region : IntervalUnion.of(parts)) {
            boolean tail = !region.boundedBelow() || !region.boundedAbove();
            if (tail || dead.stream().anyMatch(d -> overlap(region, d))) {
                result.add(region);
            }
        }
        return result;
    }

    /**
     * Adds the open stretches of a smooth piece where the predicate holds, ending them at the
     * piece's ends or at bisected crossings; an infinite end counts only if its tail settles.
     */
    private static void addSaturatedStretches(List<Interval> parts, Piece piece, Samples samples,
                                              DoublePredicate saturated, boolean leftSettles, boolean rightSettles) {
        double start = Double.NaN;
        double previous = Double.NaN;
        boolean inside = false;
        for (int i = 0; i < samples.size(); i++) {
            double x = samples.x(i);
            if (!piece.contains(x)) {
                continue;
            }
            boolean now = Math.abs(samples.derivative(i)) < SATURATION_SLOPE;
            if (Double.isNaN(previous)) {
                boolean reachesEnd = Double.isFinite(piece.lower()) || leftSettles;
                start = reachesEnd ? piece.lower() : x;
                inside = now;
            } else if (now != inside) {
                double crossing = Bisection.boundary(saturated, previous, x);
                if (now) {
                    start = crossing;
                } else {
                    parts.add(new Interval(start, false, crossing, false));
                }
                inside = now;
            }
            previous = x;
        }
        if (inside) {
            boolean reachesEnd = Double.isFinite(piece.upper()) || rightSettles;
            double end = reachesEnd ? piece.upper() : previous;
            if (start < end) {
                parts.add(new Interval(start, false, end, false));
            }
        }
    }

    /** Whether two intervals share more than a point (dead regions always have a width). */
    private static boolean overlap(Interval a, Interval b) {
        return a.lower() < b.upper() && b.lower() < a.upper();
    }

    private static Interval point(double x) {
        return new Interval(x, true, x, true);
    }
}
