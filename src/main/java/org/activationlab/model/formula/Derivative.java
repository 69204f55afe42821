package org.activationlab.model.formula;

import java.util.List;

/**
 * The derivative of a formula as a formula, for people to read: the rules of calculus applied to
 * the tree, then {@linkplain #simplify simplified} so that no {@code 0 *}, {@code 1 *} or
 * {@code + 0} is left. It follows the same conventions as the numbers ({@link Program}): a
 * comparison has derivative 0, {@code if} takes the chosen branch's, abs' = sgn written as
 * {@code (u > 0) - (u < 0)}, relu' = {@code (u > 0)}, min and max take the winner's and half of
 * each at a tie. Multiplying by -1 is written as a minus sign. softplus' is shown as sigmoid, its exact derivative (the numbers switch to 1
 * above 20, as {@code F.softplus}). The numbers never come from this tree: they are computed by
 * forward-mode differentiation.
 */
final class Derivative {
    private static final Node ZERO = new Node.Number(0);
    private static final Node ONE = new Node.Number(1);
    private static final Node TWO = new Node.Number(2);
    private static final Node HALF = new Node.Number(0.5);

    private Derivative() {
    }

    /** d/dx of {@code node}, simplified. */
    static Node of(Node node) {
        return simplify(raw(node));
    }

    /** Whether {@code node} depends on x. */
    static boolean dependsOnX(Node node) {
        if (node instanceof Node.Variable) {
            return true;
        }
        if (node instanceof Node.Negation n) {
            return dependsOnX(n.operand());
        }
        if (node instanceof Node.Binary b) {
            return dependsOnX(b.left()) || dependsOnX(b.right());
        }
        if (node instanceof Node.Comparison c) {
            return dependsOnX(c.left()) || dependsOnX(c.right());
        }
        if (node instanceof Node.Call c) {
            return c.arguments().stream().anyMatch(Derivative::dependsOnX);
        }
        if (node instanceof Node.Conditional c) {
            return dependsOnX(c.condition()) || dependsOnX(c.then()) || dependsOnX(c.otherwise());
        }
        return false;
    }

    private static Node raw(Node node) {
        if (node instanceof Node.Variable) {
            return ONE;
        }
        if (!dependsOnX(node) || node instanceof Node.Comparison) {
            return ZERO;
        }
        if (node instanceof Node.Negation n) {
            return neg(raw(n.operand()));
        }
        if (node instanceof Node.Binary b) {
            return binary(b);
        }
        if (node instanceof Node.Call c) {
            return call(c);
        }
        Node.Conditional c = (Node.Conditional) node;
        return new Node.Conditional(c.condition(), raw(c.then()), raw(c.otherwise()));
    }

    private static Node binary(Node.Binary b) {
        Node u = b.left();
        Node v = b.right();
        Node du = raw(u);
        Node dv = raw(v);
        return switch (b.operator()) {
            case ADD -> add(du, dv);
            case SUBTRACT -> sub(du, dv);
            case MULTIPLY -> add(mul(du, v), mul(u, dv));
            case DIVIDE -> sub(div(du, v), div(mul(u, dv), pow(v, TWO)));
            case POWER -> {
                Node baseTerm = mul(mul(v, pow(u, sub(v, ONE))), du);
                if (!dependsOnX(v)) {
                    yield baseTerm;
                }
                Node exponentTerm = mul(mul(b, call(Function.LOG, u)), dv);
                yield dependsOnX(u) ? add(baseTerm, exponentTerm) : exponentTerm;
            }
        };
    }

    private static Node call(Node.Call c) {
        Node u = c.arguments().get(0);
        Node du = raw(u);
        Function f = c.function();
        if (f.arity() == 2) {
            Node v = c.arguments().get(1);
            Node dv = raw(v);
            Node.Relation wins = f == Function.MAX ? Node.Relation.GREATER : Node.Relation.LESS;
            Node.Relation loses = f == Function.MAX ? Node.Relation.LESS : Node.Relation.GREATER;
            return new Node.Conditional(new Node.Comparison(wins, u, v), du,
                    new Node.Conditional(new Node.Comparison(loses, u, v), dv, mul(HALF, add(du, dv))));
        }
        Node outer = switch (f) {
            case EXP -> c;
            case LOG -> div(ONE, u);
            case LOG1P -> div(ONE, add(ONE, u));
            case EXPM1 -> call(Function.EXP, u);
            case SQRT -> div(ONE, mul(TWO, c));
            case ABS -> sub(new Node.Comparison(Node.Relation.GREATER, u, ZERO),
                    new Node.Comparison(Node.Relation.LESS, u, ZERO));
            case SIN -> call(Function.COS, u);
            case COS -> neg(call(Function.SIN, u));
            case TAN -> add(ONE, pow(c, TWO));
            case ATAN -> div(ONE, add(ONE, pow(u, TWO)));
            case SINH -> call(Function.COSH, u);
            case COSH -> call(Function.SINH, u);
            case TANH -> sub(ONE, pow(c, TWO));
            case ERF, ERFC -> {
                Node gauss = mul(div(TWO, call(Function.SQRT, new Node.Constant("pi", Math.PI))),
                        call(Function.EXP, neg(pow(u, TWO))));
                yield f == Function.ERF ? gauss : neg(gauss);
            }
            case SIGMOID -> mul(c, sub(ONE, c));
            case SOFTPLUS -> call(Function.SIGMOID, u);
            case RELU -> new Node.Comparison(Node.Relation.GREATER, u, ZERO);
            default -> throw new IllegalStateException(f + " takes two arguments");
        };
        return mul(outer, du);
    }

    private static Node call(Function f, Node argument) {
        return new Node.Call(f, List.of(argument));
    }

    private static Node neg(Node a) {
        return new Node.Negation(a);
    }

    private static Node add(Node a, Node b) {
        return new Node.Binary(Node.Operator.ADD, a, b);
    }

    private static Node sub(Node a, Node b) {
        return new Node.Binary(Node.Operator.SUBTRACT, a, b);
    }

    private static Node mul(Node a, Node b) {
        return new Node.Binary(Node.Operator.MULTIPLY, a, b);
    }

    private static Node div(Node a, Node b) {
        return new Node.Binary(Node.Operator.DIVIDE, a, b);
    }

    private static Node pow(Node a, Node b) {
        return new Node.Binary(Node.Operator.POWER, a, b);
    }

    /**
     * {@code node} with the identities 0 + a = a, a - 0 = a, 0 - a = -a, 0 a = 0, 1 a = a, a / 1 = a,
     * 0 / a = 0, a^1 = a, a^0 = 1, -(-a) = a, (-a) b = -(a b), a + (-b) = a - b, a - (-b) = a + b,
     * if(c, a, a) = a applied from the leaves up, and sums and products of two numbers computed.
     */
    static Node simplify(Node node) {
        if (node instanceof Node.Negation n) {
            Node a = simplify(n.operand());
            if (a instanceof Node.Number number) {
                return new Node.Number(number.value() == 0 ? 0 : -number.value());
            }
            return a instanceof Node.Negation inner ? inner.operand() : neg(a);
        }
        if (node instanceof Node.Binary b) {
            return simplifyBinary(b.operator(), simplify(b.left()), simplify(b.right()));
        }
        if (node instanceof Node.Call c) {
            return new Node.Call(c.function(), c.arguments().stream().map(Derivative::simplify).toList());
        }
        if (node instanceof Node.Comparison c) {
            return new Node.Comparison(c.relation(), simplify(c.left()), simplify(c.right()));
        }
        if (node instanceof Node.Conditional c) {
            Node then = simplify(c.then());
            Node otherwise = simplify(c.otherwise());
            return then.equals(otherwise) ? then : new Node.Conditional(simplify(c.condition()), then, otherwise);
        }
        return node;
    }

    private static Node simplifyBinary(Node.Operator op, Node a, Node b) {
        boolean aZero = isNumber(a, 0);
        boolean bZero = isNumber(b, 0);
        switch (op) {
            case ADD:
                if (aZero) {
                    return b;
                }
                if (bZero) {
                    return a;
                }
                if (b instanceof Node.Negation nb) {
                    return simplifyBinary(Node.Operator.SUBTRACT, a, nb.operand());
                }
                if (a instanceof Node.Number x && b instanceof Node.Number y) {
                    return new Node.Number(x.value() + y.value());
                }
                break;
            case SUBTRACT:
                if (bZero) {
                    return a;
                }
                if (aZero) {
                    return simplify(neg(b));
                }
                if (b instanceof Node.Negation nb) {
                    return simplifyBinary(Node.Operator.ADD, a, nb.operand());
                }
                if (a instanceof Node.Number x && b instanceof Node.Number y) {
                    return new Node.Number(x.value() - y.value());
                }
                break;
            case MULTIPLY:
                if (aZero || bZero) {
                    return ZERO;
                }
                if (isNumber(a, 1)) {
                    return b;
                }
                if (isNumber(b, 1)) {
                    return a;
                }
                if (isNumber(a, -1)) {
                    return simplify(neg(b));
                }
                if (isNumber(b, -1)) {
                    return simplify(neg(a));
                }
                if (a instanceof Node.Negation na) {
                    return simplify(neg(simplifyBinary(op, na.operand(), b)));
                }
                if (b instanceof Node.Negation nb) {
                    return simplify(neg(simplifyBinary(op, a, nb.operand())));
                }
                if (a instanceof Node.Number x && b instanceof Node.Number y) {
                    return new Node.Number(x.value() * y.value());
                }
                break;
            case DIVIDE:
                if (aZero) {
                    return ZERO;
                }
                if (isNumber(b, 1)) {
                    return a;
                }
                if (a instanceof Node.Negation na) {
                    return simplify(neg(simplifyBinary(op, na.operand(), b)));
                }
                break;
            case POWER:
                if (isNumber(b, 1)) {
                    return a;
                }
                if (bZero) {
                    return ONE;
                }
                break;
            default:
                break;
        }
        return new Node.Binary(op, a, b);
    }

    private static boolean isNumber(Node node, double value) {
        return node instanceof Node.Number n && n.value() == value;
    }
}
