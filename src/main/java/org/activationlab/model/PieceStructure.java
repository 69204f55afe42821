package org.activationlab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An activation cut at its breakpoints into smooth pieces, with the dead (constant) pieces
 * marked. A piece counts as dead when f' is exactly zero at a spread of points inside it, the
 * nearest almost on its ends: a piece given by one analytic formula whose derivative vanishes on
 * so many scattered points is constant. Probes that overflow (a piece ending near the largest
 * double) are skipped.
 */
final class PieceStructure {
    /** Where a finite piece is probed, as fractions of its width from the lower end. */
    private static final double[] FINITE_PROBES = {1e-6, 0.013, 0.137, 0.5, 0.731, 0.989, 1 - 1e-6};
    /** Where a half-infinite piece is probed, as distances from its finite end. */
    private static final double[] TAIL_PROBES = {1e-6, 0.013, 0.37, 1, 7.3, 100, 1e4};
    /** Where the whole real line is probed when there are no breakpoints. */
    private static final double[] LINE_PROBES = {-100, -7.3, -1, -0.37, -0.013, 0, 0.013, 0.37, 1, 7.3, 100};

    private final List<Breakpoint> breakpoints;
    private final List<Piece> pieces;

    private PieceStructure(List<Breakpoint> breakpoints, List<Piece> pieces) {
        this.breakpoints = List.copyOf(breakpoints);
        this.pieces = List.copyOf(pieces);
    }

    /** Cuts {@code a} at its breakpoints. */
    static PieceStructure of(Activation a) {
        List<Breakpoint> breakpoints = BreakpointFinder.find(a);
        List<Piece> pieces = new ArrayList<>();
        double lower = Double.NEGATIVE_INFINITY;
        for (Breakpoint b : breakpoints) {
            pieces.add(new Piece(lower, b.x(), isConstant(a, lower, b.x())));
            lower = b.x();
        }
        pieces.add(new Piece(lower, Double.POSITIVE_INFINITY, isConstant(a, lower, Double.POSITIVE_INFINITY)));
        return new PieceStructure(breakpoints, pieces);
    }

    private static boolean isConstant(Activation a, double lower, double upper) {
        for (double x : probes(lower, upper)) {
            if (Double.isFinite(x) && a.derivative(x) != 0) {
                return false;
            }
        }
        return true;
    }

    private static double[] probes(double lower, double upper) {
        boolean finiteLower = Double.isFinite(lower);
        boolean finiteUpper = Double.isFinite(upper);
        double[] result;
        if (finiteLower && finiteUpper) {
            result = new double[FINITE_PROBES.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = lower + FINITE_PROBES[i] * (upper - lower);
            }
        } else if (finiteLower || finiteUpper) {
            double end = finiteLower ? lower : upper;
            double outwards = finiteLower ? 1 : -1;
            double scale = Math.max(1, Math.abs(end));
            result = new double[TAIL_PROBES.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = end + outwards * TAIL_PROBES[i] * scale;
            }
        } else {
            result = LINE_PROBES.clone();
        }
        return result;
    }

    /** The breakpoints in increasing order. */
    List<Breakpoint> breakpoints() {
        return breakpoints;
    }

    /** The pieces from left to right; there is one more piece than there are breakpoints. */
    List<Piece> pieces() {
        return pieces;
    }

    /** The points where f is continuous but f' jumps (kinks), in increasing order. */
    List<Double> kinks() {
        return at(Breakpoint.Kind.KINK);
    }

    /** The points where f itself jumps (discontinuities), in increasing order. */
    List<Double> discontinuities() {
        return at(Breakpoint.Kind.JUMP);
    }

    /** Whether f is not differentiable at {@code x} (a kink or a jump there). */
    boolean nonDifferentiableAt(double x) {
        return breakpoints.stream().anyMatch(b -> b.nonDifferentiable() && b.x() == x);
    }

    private List<Double> at(Breakpoint.Kind kind) {
        return breakpoints.stream().filter(b -> b.kind() == kind).map(Breakpoint::x).toList();
    }

    /** Whether every piece is constant, so that f takes finitely many values. */
    boolean piecewiseConstant() {
        return pieces.stream().allMatch(Piece::constant);
    }

    /** Whether some piece is constant. */
    boolean hasConstantPiece() {
        return pieces.stream().anyMatch(Piece::constant);
    }

    /** The smoothness class implied by the worst breakpoint. */
    Smoothness smoothness() {
        Smoothness result = Smoothness.SMOOTH;
        for (Breakpoint b : breakpoints) {
            Smoothness s = switch (b.kind()) {
                case JUMP -> Smoothness.DISCONTINUOUS;
                case KINK -> Smoothness.C0;
                case JOIN -> Smoothness.C1;
            };
            if (s.ordinal() < result.ordinal()) {
                result = s;
            }
        }
        return result;
    }

    /** The breakpoint at {@code x}, if there is one. */
    Breakpoint.Kind kindAt(double x) {
        for (Breakpoint b : breakpoints) {
            if (b.x() == x) {
                return b.kind();
            }
        }
        return null;
    }
}
