package org.activationlab.model.formula;

import java.util.List;
import java.util.Set;

/**
 * Writes a tree back as formula text with only the parentheses the grammar needs (so the text
 * parses back to the same tree, up to {@code pow(a, b)} written as {@code a^b}), or as TeX for
 * typesetting with JLaTeXMath, in the style of the catalogue's formulas.
 */
final class Printer {
    /** Binding strength: comparison, sum, product, unary minus, power, primary. */
    private static final int COMPARISON = 0;
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int PRIMARY = 5;

    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
            "psi", "omega");

    private Printer() {
    }

    /** The formula as text, e.g. {@code x * tanh(softplus(x))}. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        text(node, COMPARISON, out);
        return out.toString();
    }

    /** The formula as TeX, e.g. {@code x \cdot \tanh\left(\operatorname{softplus}\left(x\right)\right)}. */
    static String tex(Node node) {
        StringBuilder out = new StringBuilder();
        tex(node, COMPARISON, out);
        return out.toString();
    }

    /** How strongly {@code node} binds, as the grammar's levels. */
    private static int level(Node node) {
        if (node instanceof Node.Number n) {
            return n.value() < 0 || isNegativeZero(n.value()) ? UNARY : PRIMARY;
        }
        if (node instanceof Node.Negation) {
            return UNARY;
        }
        if (node instanceof Node.Comparison) {
            return COMPARISON;
        }
        if (node instanceof Node.Binary b) {
            return switch (b.operator()) {
                case ADD, SUBTRACT -> SUM;
                case MULTIPLY, DIVIDE -> PRODUCT;
                case POWER -> POWER;
            };
        }
        return PRIMARY;
    }

    private static boolean isNegativeZero(double v) {
        return v == 0 && 1 / v < 0;
    }

    /** A number so that it reads back exactly: whole numbers without ".0", others as {@link Double#toString}. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !isNegativeZero(v)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static void text(Node node, int least, StringBuilder out) {
        boolean parenthesize = level(node) < least;
        if (parenthesize) {
            out.append('(');
        }
        if (node instanceof Node.Number n) {
            out.append(number(n.value()));
        } else if (node instanceof Node.Variable) {
            out.append('x');
        } else if (node instanceof Node.Constant c) {
            out.append(c.name());
        } else if (node instanceof Node.Parameter p) {
            out.append(p.name());
        } else if (node instanceof Node.Negation n) {
            out.append('-');
            text(n.operand(), UNARY, out);
        } else if (node instanceof Node.Binary b) {
            binaryText(b, out);
        } else if (node instanceof Node.Comparison c) {
            text(c.left(), SUM, out);
            out.append(' ').append(c.relation().symbol).append(' ');
            text(c.right(), SUM, out);
        } else if (node instanceof Node.Call c) {
            call(c.function().symbol(), c.arguments(), out);
        } else {
            Node.Conditional c = (Node.Conditional) node;
            call(Function.IF, List.of(c.condition(), c.then(), c.otherwise()), out);
        }
        if (parenthesize) {
            out.append(')');
        }
    }

    private static void binaryText(Node.Binary b, StringBuilder out) {
        switch (b.operator()) {
            case ADD, SUBTRACT -> {
                text(b.left(), SUM, out);
                out.append(' ').append(b.operator().symbol).append(' ');
                text(b.right(), PRODUCT, out);
            }
            case MULTIPLY, DIVIDE -> {
                text(b.left(), PRODUCT, out);
                out.append(' ').append(b.operator().symbol).append(' ');
                text(b.right(), UNARY, out);
            }
            case POWER -> {
                text(b.left(), PRIMARY, out);
                out.append('^');
                text(b.right(), UNARY, out);
            }
        }
    }

    private static void call(String name, List<Node> arguments, StringBuilder out) {
        out.append(name).append('(');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            text(arguments.get(i), COMPARISON, out);
        }
        out.append(')');
    }

    private static void tex(Node node, int least, StringBuilder out) {
        if (node instanceof Node.Comparison c && least > COMPARISON) {
            out.append("\\left[");
            comparisonTex(c, out);
            out.append("\\right]");
            return;
        }
        boolean parenthesize = level(node) < least;
        if (parenthesize) {
            out.append("\\left(");
        }
        if (node instanceof Node.Number n) {
            texNumber(n.value(), out);
        } else if (node instanceof Node.Variable) {
            out.append('x');
        } else if (node instanceof Node.Constant c) {
            out.append(c.name().equals("pi") ? "\\pi" : "e");
        } else if (node instanceof Node.Parameter p) {
            out.append(texName(p.name()));
        } else if (node instanceof Node.Negation n) {
            out.append('-');
            tex(n.operand(), UNARY, out);
        } else if (node instanceof Node.Binary b) {
            binaryTex(b, out);
        } else if (node instanceof Node.Comparison c) {
            comparisonTex(c, out);
        } else if (node instanceof Node.Call c) {
            callTex(c, out);
        } else {
            conditionalTex((Node.Conditional) node, out);
        }
        if (parenthesize) {
            out.append("\\right)");
        }
    }

    private static void comparisonTex(Node.Comparison c, StringBuilder out) {
        tex(c.left(), SUM, out);
        out.append(' ').append(c.relation().tex).append(' ');
        tex(c.right(), SUM, out);
    }

    private static void texNumber(double v, StringBuilder out) {
        String s = number(v);
        int e = s.indexOf('E');
        if (e < 0) {
            out.append(s);
        } else {
            out.append(s, 0, e).append(" \\cdot 10^{").append(s.substring(e + 1)).append('}');
        }
    }

    /** A parameter name in TeX: Greek letters as symbols, one letter in italics, longer names upright. */
    static String texName(String name) {
        if (GREEK.contains(name)) {
            return "\\" + name;
        }
        String escaped = name.replace("_", "\\_");
        return name.codePointCount(0, name.length()) == 1 ? escaped : "\\mathrm{" + escaped + "}";
    }

    private static void binaryTex(Node.Binary b, StringBuilder out) {
        switch (b.operator()) {
            case ADD, SUBTRACT -> {
                tex(b.left(), SUM, out);
                out.append(' ').append(b.operator().symbol).append(' ');
                tex(b.right(), PRODUCT, out);
            }
            case MULTIPLY -> {
                tex(b.left(), PRODUCT, out);
                out.append(" \\cdot ");
                tex(b.right(), UNARY, out);
            }
            case DIVIDE -> {
                out.append("\\frac{");
                tex(b.left(), COMPARISON, out);
                out.append("}{");
                tex(b.right(), COMPARISON, out);
                out.append('}');
            }
            case POWER -> {
                out.append('{');
                tex(b.left(), PRIMARY, out);
                out.append("}^{");
                tex(b.right(), COMPARISON, out);
                out.append('}');
            }
        }
    }

    private static void callTex(Node.Call c, StringBuilder out) {
        Function f = c.function();
        Node a = c.arguments().get(0);
        switch (f) {
            case ABS -> {
                out.append("\\left|");
                tex(a, COMPARISON, out);
                out.append("\\right|");
            }
            case SQRT -> {
                out.append("\\sqrt{");
                tex(a, COMPARISON, out);
                out.append('}');
            }
            case EXP -> {
                out.append("e^{");
                tex(a, COMPARISON, out);
                out.append('}');
            }
            default -> {
                out.append(f.tex()).append("\\left(");
                for (int i = 0; i < c.arguments().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    tex(c.arguments().get(i), COMPARISON, out);
                }
                out.append("\\right)");
            }
        }
    }

    private static void conditionalTex(Node.Conditional c, StringBuilder out) {
        out.append("\\begin{cases} ");
        tex(c.then(), COMPARISON, out);
        out.append(" & \\quad ");
        if (c.condition() instanceof Node.Comparison comparison) {
            comparisonTex(comparison, out);
        } else {
            tex(c.condition(), SUM, out);
            out.append(" \\neq 0");
        }
        out.append(" \\\\ ");
        tex(c.otherwise(), COMPARISON, out);
        out.append(" & \\quad \\text{otherwise} \\end{cases}");
    }
}
