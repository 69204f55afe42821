package org.activationlab.model.formula;

import java.util.Arrays;
import java.util.Optional;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * The functions a formula may call, with their values and the local derivatives PyTorch's
 * autograd uses for them ({@code tools/autograd/derivatives.yaml}): each one-argument function
 * gives f(a) and f'(a) from the argument a and the result r = f(a), exactly as PyTorch's backward
 * formula does (sqrt' = 1 / (2 r), tanh' = 1 - r^2, abs' = sgn(a) so abs'(0) = 0, relu' = 0 where
 * r &lt;= 0 as {@code threshold_backward}). {@code sigmoid}, {@code softplus} and {@code tanh}
 * are the catalogue's own functions (softplus with beta 1 and PyTorch's threshold 20, as
 * {@code F.softplus}), so a formula that calls them equals the built-in to the last bit.
 * {@code min}, {@code max} and {@code pow} take two arguments; their derivatives are in
 * {@link Program}.
 */
enum Function {
    EXP("exp", "\\exp") {
        @Override
        double value(double a) {
            return Math.exp(a);
        }

        @Override
        double partial(double a, double r) {
            return r;
        }
    },
    LOG("log", "\\log") {
        @Override
        double value(double a) {
            return Math.log(a);
        }

        @Override
        double partial(double a, double r) {
            return 1 / a;
        }
    },
    LOG1P("log1p", "\\operatorname{log1p}") {
        @Override
        double value(double a) {
            return Math.log1p(a);
        }

        @Override
        double partial(double a, double r) {
            return 1 / (a + 1);
        }
    },
    EXPM1("expm1", "\\operatorname{expm1}") {
        @Override
        double value(double a) {
            return Math.expm1(a);
        }

        @Override
        double partial(double a, double r) {
            return r + 1;
        }
    },
    SQRT("sqrt", "\\sqrt") {
        @Override
        double value(double a) {
            return Math.sqrt(a);
        }

        @Override
        double partial(double a, double r) {
            return 1 / (2 * r);
        }
    },
    ABS("abs", "") {
        @Override
        double value(double a) {
            return Math.abs(a);
        }

        /** PyTorch's sgn: 1, -1, or 0 at 0 (and for NaN). */
        @Override
        double partial(double a, double r) {
            return (a > 0 ? 1 : 0) - (a < 0 ? 1 : 0);
        }
    },
    SIN("sin", "\\sin") {
        @Override
        double value(double a) {
            return Math.sin(a);
        }

        @Override
        double partial(double a, double r) {
            return Math.cos(a);
        }
    },
    COS("cos", "\\cos") {
        @Override
        double value(double a) {
            return Math.cos(a);
        }

        @Override
        double partial(double a, double r) {
            return -Math.sin(a);
        }
    },
    TAN("tan", "\\tan") {
        @Override
        double value(double a) {
            return Math.tan(a);
        }

        @Override
        double partial(double a, double r) {
            return 1 + r * r;
        }
    },
    ATAN("atan", "\\arctan") {
        @Override
        double value(double a) {
            return Math.atan(a);
        }

        @Override
        double partial(double a, double r) {
            return 1 / (a * a + 1);
        }
    },
    SINH("sinh", "\\sinh") {
        @Override
        double value(double a) {
            return Math.sinh(a);
        }

        @Override
        double partial(double a, double r) {
            return Math.cosh(a);
        }
    },
    COSH("cosh", "\\cosh") {
        @Override
        double value(double a) {
            return Math.cosh(a);
        }

        @Override
        double partial(double a, double r) {
            return Math.sinh(a);
        }
    },
    TANH("tanh", "\\tanh") {
        @Override
        double value(double a) {
            return Builtins.TANH.value(a);
        }

        @Override
        double partial(double a, double r) {
            return Builtins.TANH.derivative(a);
        }

        @Override
        void fill(double[] a, double[] r, double[] partials) {
            Builtins.TANH.fill(a, r, partials);
        }
    },
    ERF("erf", "\\operatorname{erf}") {
        @Override
        double value(double a) {
            return Erf.value(a);
        }

        @Override
        double partial(double a, double r) {
            return TWO_OVER_SQRT_PI * Math.exp(-(a * a));
        }
    },
    ERFC("erfc", "\\operatorname{erfc}") {
        @Override
        double value(double a) {
            return Erfc.value(a);
        }

        @Override
        double partial(double a, double r) {
            return -TWO_OVER_SQRT_PI * Math.exp(-(a * a));
        }
    },
    SIGMOID("sigmoid", "\\sigma") {
        @Override
        double value(double a) {
            return Builtins.SIGMOID.value(a);
        }

        @Override
        double partial(double a, double r) {
            return Builtins.SIGMOID.derivative(a);
        }

        @Override
        void fill(double[] a, double[] r, double[] partials) {
            Builtins.SIGMOID.fill(a, r, partials);
        }
    },
    SOFTPLUS("softplus", "\\operatorname{softplus}") {
        @Override
        double value(double a) {
            return Builtins.SOFTPLUS.value(a);
        }

        @Override
        double partial(double a, double r) {
            return Builtins.SOFTPLUS.derivative(a);
        }

        @Override
        void fill(double[] a, double[] r, double[] partials) {
            Builtins.SOFTPLUS.fill(a, r, partials);
        }
    },
    RELU("relu", "\\operatorname{relu}") {
        @Override
        double value(double a) {
            return Math.max(a, 0);
        }

        @Override
        double partial(double a, double r) {
            return r <= 0 ? 0 : 1;
        }
    },
    MIN("min", "\\min"),
    MAX("max", "\\max"),
    POW("pow", "");

    /** 2 / sqrt(pi), the factor of erf'. */
    static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    /** The name {@code if} is called by in a formula; it takes {@value #IF_ARITY} arguments. */
    static final String IF = "if";
    /** The number of arguments of {@code if}. */
    static final int IF_ARITY = 3;

    private final String name;
    private final String tex;

    Function(String name, String tex) {
        this.name = name;
        this.tex = tex;
    }

    /** The name a formula calls it by. */
    String symbol() {
        return name;
    }

    /** The TeX command that typesets the name (empty for abs and pow, which have their own notation). */
    String tex() {
        return tex;
    }

    /** 1, or 2 for min, max and pow. */
    int arity() {
        return ordinal() >= MIN.ordinal() ? 2 : 1;
    }

    /** f(a), for one-argument functions. */
    double value(double a) {
        throw new UnsupportedOperationException(name + " takes two arguments");
    }

    /** f'(a) given a and r = f(a), as PyTorch's backward formula computes it. */
    double partial(double a, double r) {
        throw new UnsupportedOperationException(name + " takes two arguments");
    }

    /**
     * r[i] = f(a[i]) and, unless {@code partials} is null, partials[i] = f'(a[i]) for the whole
     * rows. The catalogue's functions override it with their own fast path, which shares one
     * exponential between value and derivative.
     */
    void fill(double[] a, double[] r, double[] partials) {
        for (int i = 0; i < a.length; i++) {
            double ri = value(a[i]);
            r[i] = ri;
            if (partials != null) {
                partials[i] = partial(a[i], ri);
            }
        }
    }

    /** The function called {@code name} (case-sensitive). */
    static Optional<Function> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    /** Every function name, {@code if} included, in order. */
    static String names() {
        StringBuilder text = new StringBuilder();
        for (Function f : values()) {
            text.append(f.name).append(", ");
        }
        return text.append(IF).toString();
    }

    /** The catalogue functions that formula functions of the same name use. */
    private static final class Builtins {
        static final Activation TANH = Catalogue.get("tanh");
        static final Activation SIGMOID = Catalogue.get("sigmoid");
        static final Activation SOFTPLUS = Catalogue.get("softplus");
    }
}
