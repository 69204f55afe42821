package org.activationlab.model.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds where a formula is not differentiable, numerically: the points where one of its switching
 * parts (abs and relu at 0, min and max at a tie, a comparison, {@code if} where its condition
 * becomes 0) changes side, confirmed by a jump in the value or the derivative.
 *
 * <p>How: every switching quantity is evaluated on a grid, every 1/128 on [-10, 10] and 64 points
 * per decade from 10 to 1e6 on both sides; where its sign differs between neighbours (or is 0 on a
 * grid point) the change is bisected down to neighbouring doubles. A candidate counts when f or
 * f' differs between x - h and x + h by more than rounding, and the difference persists as h
 * shrinks from 1e-6 to 1e-7 (times max(1, |x|)): a smooth join such as relu(x)^2 at 0 is dropped.
 * Limits: switches beyond |x| = 1e6, and two switches of one quantity between neighbouring grid
 * points, are not found.
 */
final class KinkSearch {
    private static final double STEP = 1.0 / 128;
    private static final double LINEAR_END = 10;
    private static final int PER_DECADE = 64;
    private static final int DECADES = 5;
    private static final int BISECTIONS = 200;
    private static final double WIDE = 1e-6;
    private static final double NARROW = 1e-7;
    private static final double FLOOR = 1e-9;

    private KinkSearch() {
    }

    /** The points where {@code program} is not differentiable, increasing. */
    static List<Double> kinks(Program program) {
        if (program.switchCount() == 0) {
            return List.of();
        }
        double[] grid = grid();
        double[][] signs = program.switchSigns(grid);
        TreeSet<Double> candidates = new TreeSet<>();
        for (int k = 0; k < signs.length; k++) {
            for (int i = 0; i < grid.length; i++) {
                if (signs[k][i] == 0) {
                    candidates.add(grid[i] + 0.0);
                }
                if (i + 1 < grid.length && !Double.isNaN(signs[k][i]) && !Double.isNaN(signs[k][i + 1])
                        && signs[k][i] != signs[k][i + 1]) {
                    candidates.add(bisect(program, k, grid[i], grid[i + 1], signs[k][i]) + 0.0);
                }
            }
        }
        List<Double> kinks = new ArrayList<>();
        for (double x : candidates) {
            if (notDifferentiable(program, x)) {
                kinks.add(x);
            }
        }
        return List.copyOf(kinks);
    }

    /** The search grid, increasing. */
    static double[] grid() {
        List<Double> xs = new ArrayList<>();
        for (int j = DECADES * PER_DECADE; j > 0; j--) {
            xs.add(-Math.pow(10, 1 + (double) j / PER_DECADE));
        }
        int half = (int) Math.round(LINEAR_END / STEP);
        for (int i = -half; i <= half; i++) {
            xs.add(i * STEP);
        }
        for (int j = 1; j <= DECADES * PER_DECADE; j++) {
            xs.add(Math.pow(10, 1 + (double) j / PER_DECADE));
        }
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The point between lo and hi where switch k leaves the sign it has at lo, to the last double. */
    private static double bisect(Program program, int k, double lo, double hi, double loSign) {
        double a = lo;
        double b = hi;
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = a + (b - a) / 2;
            if (mid <= a || mid >= b) {
                break;
            }
            if (program.switchSigns(new double[] {mid})[k][0] == loSign) {
                a = mid;
            } else {
                b = mid;
            }
        }
        double[][] ends = program.switchSigns(new double[] {a, b});
        return ends[k][0] == 0 ? a : b;
    }

    private static boolean notDifferentiable(Program program, double x) {
        double scale = Math.max(1, Math.abs(x));
        return persists(program, x, WIDE * scale, NARROW * scale);
    }

    private static boolean persists(Program program, double x, double wide, double narrow) {
        double[] xs = {x - wide, x + wide, x - narrow, x + narrow};
        double[] f = new double[4];
        double[] d = new double[4];
        program.fill(xs, f, d);
        return persistent(f[1] - f[0], f[3] - f[2]) || persistent(d[1] - d[0], d[3] - d[2]);
    }

    private static boolean persistent(double wide, double narrow) {
        double a = Math.abs(wide);
        double b = Math.abs(narrow);
        return b > FLOOR && b >= 0.5 * a;
    }
}
