package org.activationlab.model.formula;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A formula compiled for fixed parameter values: a list of {@link Operation}s over numbered rows,
 * evaluated for a block of points at a time (row 0 holds x). Every part that does not depend on x
 * is computed once here, when compiling, and becomes a constant row; nothing is parsed or looked
 * up per point. Immutable and safe to share: each evaluation makes its own rows.
 */
final class Program {
    /** Points evaluated at a time. */
    static final int BLOCK = 512;

    private final Operation[] steps;
    private final double[] constants;
    private final boolean[] isConstant;
    private final int result;
    private final boolean resultHasGradient;

    private Program(List<Operation> steps, List<Double> constants, List<Boolean> isConstant, int result,
                    boolean resultHasGradient) {
        this.steps = steps.toArray(Operation[]::new);
        this.constants = constants.stream().mapToDouble(Double::doubleValue).toArray();
        this.isConstant = new boolean[isConstant.size()];
        for (int i = 0; i < this.isConstant.length; i++) {
            this.isConstant[i] = isConstant.get(i);
        }
        this.result = result;
        this.resultHasGradient = resultHasGradient;
    }

    /** {@code tree} with each parameter replaced by its value in {@code values}. */
    static Program compile(Node tree, Map<String, Double> values) {
        Compiler c = new Compiler(values);
        Operand root = c.compile(tree);
        return new Program(c.steps, c.constants, c.isConstant, root.row, root.gradient);
    }

    /** The number of rows: x, the constants and one per step. */
    int rows() {
        return constants.length;
    }

    /**
     * values[i] = f(xs[i]) and derivatives[i] = f'(xs[i]); either output may be null to skip it.
     */
    void fill(double[] xs, double[] values, double[] derivatives) {
        if (xs.length == 0) {
            return;
        }
        boolean wantDerivatives = derivatives != null;
        Rows w = new Rows(Math.min(BLOCK, xs.length), wantDerivatives);
        for (int start = 0; start < xs.length; start += BLOCK) {
            int n = Math.min(BLOCK, xs.length - start);
            w.run(xs, start, n);
            if (values != null) {
                System.arraycopy(w.v[result], 0, values, start, n);
            }
            if (wantDerivatives) {
                if (resultHasGradient) {
                    System.arraycopy(w.d[result], 0, derivatives, start, n);
                } else {
                    Arrays.fill(derivatives, start, start + n, 0.0);
                }
            }
        }
    }

    /** f(x). */
    double value(double x) {
        Rows w = new Rows(1, false);
        w.run(new double[] {x}, 0, 1);
        return w.v[result][0];
    }

    /** f'(x). */
    double derivative(double x) {
        if (!resultHasGradient) {
            return 0;
        }
        Rows w = new Rows(1, true);
        w.run(new double[] {x}, 0, 1);
        return w.d[result][0];
    }

    /** The number of steps that switch (see {@link Operation#switchSign}). */
    int switchCount() {
        return (int) Arrays.stream(steps).filter(Operation::switches).count();
    }

    /**
     * signs[k][i]: the sign of the k-th switching quantity at xs[i] (-1, 0, 1 or NaN), in the
     * order of the steps.
     */
    double[][] switchSigns(double[] xs) {
        List<Operation> switching = Arrays.stream(steps).filter(Operation::switches).toList();
        double[][] signs = new double[switching.size()][xs.length];
        Rows w = new Rows(Math.min(BLOCK, Math.max(1, xs.length)), false);
        for (int start = 0; start < xs.length; start += BLOCK) {
            int n = Math.min(BLOCK, xs.length - start);
            w.run(xs, start, n);
            for (int k = 0; k < switching.size(); k++) {
                for (int i = 0; i < n; i++) {
                    signs[k][start + i] = switching.get(k).switchSign(w.v, i);
                }
            }
        }
        return signs;
    }

    /** The rows of one evaluation. */
    private final class Rows {
        final double[][] v;
        final double[][] d;
        final boolean derivatives;

        Rows(int length, boolean derivatives) {
            this.derivatives = derivatives;
            int rows = constants.length;
            v = new double[rows][];
            d = new double[rows][];
            for (int r = 0; r < rows; r++) {
                v[r] = new double[length];
                if (isConstant[r]) {
                    Arrays.fill(v[r], constants[r]);
                } else if (derivatives) {
                    d[r] = new double[length];
                }
            }
            if (derivatives) {
                Arrays.fill(d[0], 1.0);
            }
        }

        void run(double[] xs, int start, int n) {
            System.arraycopy(xs, start, v[0], 0, n);
            for (Operation s : steps) {
                s.run(v, d, n, derivatives);
            }
        }
    }

    /** A compiled sub-formula: its row, whether it is a constant, whether it has a derivative. */
    private record Operand(int row, boolean constant, boolean gradient) {
    }

    /** Turns a tree into steps, folding the parts that do not depend on x into constants. */
    private static final class Compiler {
        final Map<String, Double> values;
        final List<Operation> steps = new ArrayList<>();
        final List<Double> constants = new ArrayList<>();
        final List<Boolean> isConstant = new ArrayList<>();

        Compiler(Map<String, Double> values) {
            this.values = values;
            constants.add(Double.NaN);
            isConstant.add(false);
        }

        Operand compile(Node node) {
            if (node instanceof Node.Number n) {
                return constant(n.value());
            }
            if (node instanceof Node.Constant c) {
                return constant(c.value());
            }
            if (node instanceof Node.Parameter p) {
                return constant(values.get(p.name()));
            }
            if (node instanceof Node.Variable) {
                return new Operand(0, false, true);
            }
            if (node instanceof Node.Negation n) {
                Operand a = compile(n.operand());
                return add(new Operation.Negate(next(), a.row, a.gradient), a);
            }
            if (node instanceof Node.Call call) {
                return call(call);
            }
            if (node instanceof Node.Binary b) {
                return binary(b);
            }
            if (node instanceof Node.Comparison c) {
                Operand a = compile(c.left());
                Operand b = compile(c.right());
                return add(new Operation.Compare(next(), c.relation(), a.row, b.row), a, b);
            }
            Node.Conditional c = (Node.Conditional) node;
            Operand cond = compile(c.condition());
            Operand a = compile(c.then());
            Operand b = compile(c.otherwise());
            return add(new Operation.Choose(next(), cond.row, a.row, a.gradient, b.row, b.gradient), cond, a, b);
        }

        private Operand call(Node.Call call) {
            Operand a = compile(call.arguments().get(0));
            if (call.function().arity() == 1) {
                return add(new Operation.Call(next(), call.function(), a.row, a.gradient), a);
            }
            Operand b = compile(call.arguments().get(1));
            boolean max = call.function() == Function.MAX;
            return add(new Operation.Extreme(next(), max, a.row, a.gradient, b.row, b.gradient), a, b);
        }

        private Operand binary(Node.Binary node) {
            Operand a = compile(node.left());
            Operand b = compile(node.right());
            int out = next();
            Operation step = switch (node.operator()) {
                case ADD -> new Operation.Add(out, a.row, a.gradient, b.row, b.gradient, false);
                case SUBTRACT -> new Operation.Add(out, a.row, a.gradient, b.row, b.gradient, true);
                case MULTIPLY -> new Operation.Multiply(out, a.row, a.gradient, b.row, b.gradient);
                case DIVIDE -> new Operation.Divide(out, a.row, a.gradient, b.row, b.gradient);
                case POWER -> new Operation.Power(out, a.row, a.gradient, b.row, b.gradient);
            };
            return add(step, a, b);
        }

        /** A new row for a step's result. */
        private int next() {
            constants.add(Double.NaN);
            isConstant.add(false);
            return constants.size() - 1;
        }

        private Operand constant(double value) {
            constants.add(value);
            isConstant.add(true);
            return new Operand(constants.size() - 1, true, false);
        }

        /** Keeps {@code step}, or folds it into a constant when all its operands are constants. */
        private Operand add(Operation step, Operand... operands) {
            if (Arrays.stream(operands).allMatch(Operand::constant)) {
                double[][] v = new double[constants.size()][];
                for (int r = 0; r < v.length; r++) {
                    v[r] = new double[] {constants.get(r)};
                }
                step.run(v, new double[v.length][], 1, false);
                constants.set(step.out, v[step.out][0]);
                isConstant.set(step.out, true);
                return new Operand(step.out, true, false);
            }
            steps.add(step);
            return new Operand(step.out, false, step.hasGradient());
        }
    }
}
