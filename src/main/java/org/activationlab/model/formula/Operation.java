package org.activationlab.model.formula;

/**
 * One operation of a compiled {@link Program}: reads the value rows ({@code v}) and derivative
 * rows ({@code d}) of its operands and writes its own, for n points at a time. Each kind has its
 * own loops, so the JIT compiles every loop for one operation.
 *
 * <p>Forward-mode differentiation that follows PyTorch's reverse mode term by term: an operand
 * that does not depend on x through a differentiable path (a constant, a parameter, a comparison)
 * contributes no term at all, as a tensor that does not require grad; every other operand
 * contributes its local derivative times its own derivative, so 0 * inf gives NaN where
 * PyTorch's chain rule does (relu and abs at a point where their argument's derivative is
 * infinite). The one exception is the branch that {@code if}, {@code min} or {@code max} does not
 * take: it contributes nothing (see {@link Choose}).
 */
abstract class Operation {
    /** The row this step writes. */
    final int out;

    Operation(int out) {
        this.out = out;
    }

    /**
     * Computes rows {@link #out} for points 0 .. n-1.
     *
     * @param derivatives whether to compute the derivative row too
     */
    abstract void run(double[][] v, double[][] d, int n, boolean derivatives);

    /** Whether the result has a derivative (depends on x through a differentiable path). */
    abstract boolean hasGradient();

    /**
     * For a step whose formula switches (abs and relu at 0, min and max at a tie, a comparison,
     * {@code if} where its condition becomes 0): the sign of the switching quantity at point i
     * (-1, 0 or 1; NaN where it is undefined). NaN for other steps.
     */
    double switchSign(double[][] v, int i) {
        return Double.NaN;
    }

    /** Whether this step {@linkplain #switchSign switches}. */
    boolean switches() {
        return false;
    }

    /** The sign of a - b as -1, 0 or 1, or NaN when they do not compare. */
    static double compare(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        return a == b ? 0 : Double.NaN;
    }

    /** A step of one operand. */
    abstract static class Unary extends Operation {
        final int a;
        final boolean ga;

        Unary(int out, int a, boolean ga) {
            super(out);
            this.a = a;
            this.ga = ga;
        }

        @Override
        boolean hasGradient() {
            return ga;
        }
    }

    /** A step of two operands. */
    abstract static class Binary extends Operation {
        final int a;
        final int b;
        final boolean ga;
        final boolean gb;

        Binary(int out, int a, boolean ga, int b, boolean gb) {
            super(out);
            this.a = a;
            this.b = b;
            this.ga = ga;
            this.gb = gb;
        }

        @Override
        boolean hasGradient() {
            return ga || gb;
        }
    }

    /** A binary operation whose result switches form where a and b cross (a comparison, min, max). */
    abstract static class Crossing extends Binary {
        Crossing(int out, int a, boolean ga, int b, boolean gb) {
            super(out, a, ga, b, gb);
        }

        @Override
        boolean switches() {
            return true;
        }

        @Override
        double switchSign(double[][] v, int i) {
            return compare(v[a][i], v[b][i]);
        }
    }

    /** -a. */
    static final class Negate extends Unary {
        Negate(int out, int a, boolean ga) {
            super(out, a, ga);
        }

        @Override
        void run(double[][] v, double[][] d, int n, boolean derivatives) {
            double[] x = v[a];
            double[] r = v[out];
            for (int i = 0; i < n; i++) {
                r[i] = -x[i];
            }
            if (derivatives && ga) {
                double[] dx = d[a];
                double[] dr = d[out];
                for (int i = 0; i < n; i++) {
                    dr[i] = -dx[i];
                }
            }
        }
    }

    /** f(a) for a one-argument {@link Function}: f' = partial(a, f(a)) * a'. */
    static final class Call extends Unary {
        final Function f;

        Call(int out, Function f, int a, boolean ga) {
            super(out, a, ga);
            this.f = f;
        }

        /** Whole rows at once through {@link Function#fill} (rows past n hold values of no use). */
        @Override
        void run(double[][] v, double[][] d, int n, boolean derivatives) {
            if (derivatives && ga) {
                double[] dr = d[out];
                double[] dx = d[a];
                f.fill(v[a], v[out], dr);
                for (int i = 0; i < n; i++) {
                    dr[i] *= dx[i];
                }
            } else {
                f.fill(v[a], v[out], null);
            }
        }

        @Override
        boolean switches() {
            return f == Function.ABS || f == Function.RELU;
        }

        @Override
        double switchSign(double[][] v, int i) {
            return switches() ? compare(v[a][i], 0) : Double.NaN;
        }
    }

    /** a + b or a - b. */
    static final class Add extends Binary {
        final boolean subtract;

        Add(int out, int a, boolean ga, int b, boolean gb, boolean subtract) {
            super(out, a, ga, b, gb);
            this.subtract = subtract;
        }

        @Override
        void run(double[][] v, double[][] d, int n, boolean derivatives) {
            double[] x = v[a];
            double[] y = v[b];
            double[] r = v[out];
            if (subtract) {
                for (int i = 0; i < n; i++) {
                    r[i] = x[i] - y[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    r[i] = x[i] + y[i];
                }
            }
            if (!derivatives || !hasGradient()) {
                return;
            }
            double[] dx = d[a];
            double[] dy = d[b];
            double[] dr = d[out];
            double sign = subtract ? -1 : 1;
            if (ga && gb) {
                for (int i = 0; i < n; i++) {
                    dr[i] = subtract ? dx[i] - dy[i] : dx[i] + dy[i];
                }
            } else if (ga) {
                System.arraycopy(dx, 0, dr, 0, n);
            } else {
                for (int i = 0; i < n; i++) {
                    dr[i] = sign * dy[i];
                }
            }
        }
    }

    /** a * b: (a b)' = a' b + a b'. */
    static final class Multiply extends Binary {
        Multiply(int out, int a, boolean ga, int b, boolean gb) {
            super(out, a, ga, b, gb);
        }

        @Override
        void run(double[][] v, double[][] d, int n, boolean derivatives) {
            double[] x = v[a];
            double[] y = v[b];
            double[] r = v[out];
            for (int i = 0; i < n; i++) {
                r[i] = x[i] * y[i];
            }
            if (!derivatives || !hasGradient()) {
                return;
            }
            double[] dx = d[a];
            double[] dy = d[b];
            double[] dr = d[out];
            if (ga && gb) {
                for (int i = 0; i < n; i++) {
                    dr[i] = dx[i] * y[i] + x[i] * dy[i];
                }
            } else if (ga) {
                for (int i = 0; i < n; i++) {
                    dr[i] = dx[i] * y[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    dr[i] = x[i] * dy[i];
                }
            }
        }
    }

    /** a / b: PyTorch's a' / b - b' ((a / b) / b). */
    static final class Divide extends Binary {
        Divide(int out, int a, boolean ga, int b, boolean gb) {
            super(out, a, ga, b, gb);
        }

        @Override
        void run(double[][] v, double[][] d, int n, boolean derivatives) {
            double[] x = v[a];
            double[] y = v[b];
            double[] r = v[out];
            for (int i = 0; i < n; i++) {
                r[i] = x[i] / y[i];
            }
            if (!derivatives || !hasGradient()) {
                return;
            }
            double[] dx = d[a];
            double[] dy = d[b];
            double[] dr = d[out];
            for (int i = 0; i < n; i++) {
                double term = ga ? dx[i] / y[i] : 0;
                dr[i] = gb ? term - dy[i] * (r[i] / y[i]) : term;
            }
        }
    }

    /**
     * a^b with C's special cases (pow(1, y) = pow(x, 0) = pow(-1, +-inf) = 1, as PyTorch's
     * {@code std::pow}; Java's Math.pow gives NaN for the first and last). Derivatives as
     * PyTorch's {@code pow_backward_self}: 0 where b = 0, else b a^(b-1); and
     * {@code pow_backward_exponent}: 0 where a = 0 and b &gt;= 0, else a^b log(a).
     */
    static final class Power extends Binary {
        Power(int out, int a, boolean ga, int b, boolean gb) {
            super(out, a, ga, b, gb);
        }

        static double pow(double a, double b) {
            if (a == 1 || b == 0 || a == -1 && Double.isInfinite(b)) {
                return 1;
            }
            return Math.pow(a, b);
        }

        @Override
        void run(double[][] v, double[][] d, int n, boolean derivatives) {
            double[] x = v[a];
            double[] y = v[b];
            double[] r = v[out];
            for (int i = 0; i < n; i++) {
                r[i] = pow(x[i], y[i]);
            }
            if (!derivatives || !hasGradient()) {
                return;
            }
            double[] dx = d[a];
            double[] dy = d[b];
            double[] dr = d[out];
            for (int i = 0; i < n; i++) {
                double base = x[i];
                double exponent = y[i];
                double term = 0;
                if (ga) {
                    term = dx[i] * (exponent == 0 ? 0 : exponent * pow(base, exponent - 1));
                }
                if (gb) {
                    double partial = base == 0 && exponent >= 0 ? 0 : r[i] * Math.log(base);
                    term = ga ? term + dy[i] * partial : dy[i] * partial;
                }
                dr[i] = term;
            }
        }
    }

    /** A comparison: 1 or 0, with no derivative (a boolean tensor does not require grad). */
    static final class Compare extends Crossing {
        final Node.Relation relation;

        Compare(int out, Node.Relation relation, int a, int b) {
            super(out, a, false, b, false);
            this.relation = relation;
        }

        @Override
        void run(double[][] v, double[][] d, int n, boolean derivatives) {
            double[] x = v[a];
            double[] y = v[b];
            double[] r = v[out];
            Node.Relation rel = relation;
            for (int i = 0; i < n; i++) {
                r[i] = rel.apply(x[i], y[i]);
            }
        }

    }

    /**
     * min(a, b) or max(a, b), NaN if either is NaN; derivative as {@code torch.minimum} and
     * {@code torch.maximum}: the winner's, half of each at a tie, the sum where one is NaN. The
     * loser adds 0 times its derivative, as PyTorch's backward masks the loser's gradient to 0 and
     * multiplies on: NaN where that derivative is infinite or NaN (see {@link Choose}).
     */
    static final class Extreme extends Crossing {
        final boolean max;

        Extreme(int out, boolean max, int a, boolean ga, int b, boolean gb) {
            super(out, a, ga, b, gb);
            this.max = max;
        }

        @Override
        void run(double[][] v, double[][] d, int n, boolean derivatives) {
            double[] x = v[a];
            double[] y = v[b];
            double[] r = v[out];
            for (int i = 0; i < n; i++) {
                r[i] = max ? Math.max(x[i], y[i]) : Math.min(x[i], y[i]);
            }
            if (!derivatives || !hasGradient()) {
                return;
            }
            double[] dx = d[a];
            double[] dy = d[b];
            double[] dr = d[out];
            for (int i = 0; i < n; i++) {
                double xi = x[i];
                double yi = y[i];
                double da = ga ? dx[i] : 0;
                double db = gb ? dy[i] : 0;
                if (xi == yi) {
                    dr[i] = 0.5 * (da + db);
                } else if (xi < yi || xi > yi) {
                    dr[i] = (xi > yi) == max ? da + 0 * db : 0 * da + db;
                } else {
                    dr[i] = da + db;
                }
            }
        }

    }

    /**
     * {@code if(c, a, b)}: a where c != 0 (NaN counts as not 0, as {@code torch.where(c != 0, a, b)}),
     * else b. The derivative is the chosen branch's plus 0 times the other branch's, exactly as
     * {@code torch.where}'s backward, which sends a zero gradient into the branch not taken: where
     * that branch's derivative is infinite or NaN the result is NaN, as in PyTorch (the known "NaN
     * gradient through where" trap: {@code where(x > 0, x, expm1(x))} at x = 800, or
     * {@code where(x > 0, log(x), 0)} at x = 0). The catalogue's ELU, SELU and CELU avoid the trap
     * with their own kernels, as PyTorch's {@code F.elu} does.
     */
    static final class Choose extends Operation {
        final int c;
        final int a;
        final int b;
        final boolean ga;
        final boolean gb;

        Choose(int out, int c, int a, boolean ga, int b, boolean gb) {
            super(out);
            this.c = c;
            this.a = a;
            this.b = b;
            this.ga = ga;
            this.gb = gb;
        }

        @Override
        boolean hasGradient() {
            return ga || gb;
        }

        @Override
        void run(double[][] v, double[][] d, int n, boolean derivatives) {
            double[] cond = v[c];
            double[] x = v[a];
            double[] y = v[b];
            double[] r = v[out];
            for (int i = 0; i < n; i++) {
                r[i] = cond[i] != 0 ? x[i] : y[i];
            }
            if (!derivatives || !hasGradient()) {
                return;
            }
            double[] dx = d[a];
            double[] dy = d[b];
            double[] dr = d[out];
            for (int i = 0; i < n; i++) {
                double da = ga ? dx[i] : 0;
                double db = gb ? dy[i] : 0;
                dr[i] = cond[i] != 0 ? da + 0 * db : 0 * da + db;
            }
        }

        @Override
        boolean switches() {
            return true;
        }

        @Override
        double switchSign(double[][] v, int i) {
            return compare(v[c][i], 0);
        }
    }
}
