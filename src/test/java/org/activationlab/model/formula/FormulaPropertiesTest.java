package org.activationlab.model.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Properties of random formulas: the forward-mode derivative agrees with a Richardson-extrapolated
 * central difference at safe points (where two extrapolations with different steps agree, so no
 * kink or jump lies within the stencil, and f' is the same just left and right of the point, so
 * the point is not itself a kink whose two sides a central difference averages, as relu(x) at 0,
 * and f and f' at the point are the limits of their neighbours', so the point is not a single point
 * where another branch is taken, such as if(x != x*x, x*x, e) at x = 1 or a condition that is 0/0 at
 * x = 0: there the derivative is the taken branch's, as PyTorch's torch.where gives it, while a
 * central difference, which never evaluates the point, sees the branch around it),
 * and a formula printed back parses to the same values.
 */
class FormulaPropertiesTest {
    private static final String[] SMOOTH = {"exp", "sin", "cos", "atan", "tanh", "sigmoid", "softplus", "erf", "erfc",
        "sinh", "cosh", "log1p", "expm1", "sqrt", "log", "tan"};
    private static final String[] SWITCHING = {"abs", "relu"};
    private static final String[] RELATIONS = {"<", "<=", ">", ">=", "==", "!="};

    /** A random formula of x and the parameter a, at most {@code depth} levels deep. */
    static String formula(Random r, int depth, boolean switching) {
        if (depth == 0 || r.nextInt(5) == 0) {
            return switch (r.nextInt(5)) {
                case 0, 1 -> "x";
                case 2 -> "a";
                case 3 -> r.nextBoolean() ? "pi" : "e";
                default -> Double.toString(Math.round(r.nextGaussian() * 300) / 100.0);
            };
        }
        int kinds = switching ? 9 : 6;
        String a = formula(r, depth - 1, switching);
        String b = formula(r, depth - 1, switching);
        return switch (r.nextInt(kinds)) {
            case 0 -> "(" + a + ") + (" + b + ")";
            case 1 -> "(" + a + ") - (" + b + ")";
            case 2 -> "(" + a + ") * (" + b + ")";
            case 3 -> "(" + a + ") / (" + b + ")";
            case 4 -> r.nextBoolean() ? "(" + a + ")^" + (r.nextInt(5) - 1) : "-(" + a + ")^2";
            case 5 -> SMOOTH[r.nextInt(SMOOTH.length)] + "(" + a + ")";
            case 6 -> SWITCHING[r.nextInt(SWITCHING.length)] + "(" + a + ")";
            case 7 -> (r.nextBoolean() ? "max(" : "min(") + a + ", " + b + ")";
            default -> "if(" + a + " " + RELATIONS[r.nextInt(RELATIONS.length)] + " " + b + ", " + b + ", "
                    + formula(r, depth - 1, true) + ")";
        };
    }

    /** Richardson extrapolation of central differences with steps h, h/2, h/4: error O(h^6). */
    private static double richardson(FormulaActivation f, double x, double h) {
        double d1 = central(f, x, h);
        double d2 = central(f, x, h / 2);
        double d3 = central(f, x, h / 4);
        double r1 = (4 * d2 - d1) / 3;
        double r2 = (4 * d3 - d2) / 3;
        return (16 * r2 - r1) / 15;
    }

    private static double central(FormulaActivation f, double x, double h) {
        return (f.value(x + h) - f.value(x - h)) / (2 * h);
    }

    @Property(tries = 400)
    void derivativesMatchRichardsonExtrapolationAtSafePoints(@ForAll long seed,
                                                              @ForAll @DoubleRange(min = -3, max = 3) double x) {
        String text = formula(new Random(seed), 4, new Random(seed).nextInt(3) == 0);
        FormulaActivation f = FormulaActivation.of(text, Map.of("a", 0.7));
        double value = f.value(x);
        double derivative = f.derivative(x);
        Assume.that(Double.isFinite(value) && Double.isFinite(derivative) && Math.abs(value) < 1e4
                && Math.abs(derivative) < 1e4);
        double near = 1e-6 * Math.max(1, Math.abs(x));
        Assume.that(Math.abs(f.derivative(x + near) - f.derivative(x - near)) <= 1e-3 * (1 + Math.abs(derivative)));
        double neighbours = (f.value(x + near) + f.value(x - near)) / 2;
        Assume.that(Math.abs(value - neighbours) <= 1e-3 * (1 + Math.abs(value)));
        double neighboursSlope = (f.derivative(x + near) + f.derivative(x - near)) / 2;
        Assume.that(Math.abs(derivative - neighboursSlope) <= 1e-3 * (1 + Math.abs(derivative)));
        double h = 1e-2 * Math.max(1, Math.abs(x));
        double coarse = richardson(f, x, h);
        double fine = richardson(f, x, h / 8);
        double tolerance = 1e-6 * (1 + Math.abs(value) + Math.abs(derivative));
        Assume.that(Double.isFinite(fine) && Math.abs(coarse - fine) <= tolerance);
        assertThat(Math.abs(derivative - fine)).as("%s at x = %s", text, x).isLessThanOrEqualTo(tolerance);
    }

    @Property(tries = 400)
    void aPrintedFormulaParsesBackToTheSameValues(@ForAll long seed, @ForAll @DoubleRange(min = -4, max = 4) double x) {
        String text = formula(new Random(seed), 5, true);
        Formula parsed = Formula.parse(text, List.of("a"));
        String printed = parsed.canonicalText();
        Formula again = Formula.parse(printed, List.of("a"));
        assertThat(again.canonicalText()).isEqualTo(printed);
        FormulaActivation f = FormulaActivation.of(text, Map.of("a", 0.7));
        FormulaActivation g = FormulaActivation.of(printed, Map.of("a", 0.7));
        FormulaDerivativeTest.same(g.value(x), f.value(x));
        FormulaDerivativeTest.same(g.derivative(x), f.derivative(x));
    }
}
