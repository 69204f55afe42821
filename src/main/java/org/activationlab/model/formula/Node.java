package org.activationlab.model.formula;

import java.util.List;

/**
 * A parsed formula: an immutable expression tree. Parameters are kept by name (their values come
 * in when the formula is {@linkplain Program compiled}), so one tree serves every parameter value.
 */
sealed interface Node {

    /** A number as written, e.g. {@code 0.5}. */
    record Number(double value) implements Node {
    }

    /** The variable {@code x}. */
    record Variable() implements Node {
    }

    /** A named constant, {@code pi} or {@code e}. */
    record Constant(String name, double value) implements Node {
    }

    /** A declared parameter. */
    record Parameter(String name) implements Node {
    }

    /** {@code -a}. */
    record Negation(Node operand) implements Node {
    }

    /** {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b} or {@code a ^ b}. */
    record Binary(Operator operator, Node left, Node right) implements Node {
    }

    /** {@code a < b} and the other comparisons: 1 where true, else 0. */
    record Comparison(Relation relation, Node left, Node right) implements Node {
    }

    /** A function of one or two arguments, e.g. {@code tanh(x)} or {@code max(0, x)}. */
    record Call(Function function, List<Node> arguments) implements Node {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code if(c, a, b)}: a where c is not 0, else b. */
    record Conditional(Node condition, Node then, Node otherwise) implements Node {
    }

    /** The arithmetic operators. */
    enum Operator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), POWER("^");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    /** The comparisons. */
    enum Relation {
        LESS("<", "<"), LESS_OR_EQUAL("<=", "\\leq"), GREATER(">", ">"), GREATER_OR_EQUAL(">=", "\\geq"),
        EQUAL("==", "="), NOT_EQUAL("!=", "\\neq");

        final String symbol;
        final String tex;

        Relation(String symbol, String tex) {
            this.symbol = symbol;
            this.tex = tex;
        }

        /** 1 where {@code a REL b} holds, else 0 (every comparison with NaN is false except {@code !=}). */
        double apply(double a, double b) {
            boolean holds = switch (this) {
                case LESS -> a < b;
                case LESS_OR_EQUAL -> a <= b;
                case GREATER -> a > b;
                case GREATER_OR_EQUAL -> a >= b;
                case EQUAL -> a == b;
                case NOT_EQUAL -> a != b;
            };
            return holds ? 1 : 0;
        }
    }
}
