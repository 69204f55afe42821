package org.activationlab.model.formula;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the formula language of issue 13 into a {@link Node} tree, by recursive descent:
 * <pre>
 * formula    = comparison END
 * comparison = sum [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum ]
 * sum        = product { ("+" | "-") product }
 * product    = unary { ("*" | "/") unary }
 * unary      = ("-" | "+") unary | power
 * power      = primary [ "^" unary ]
 * primary    = number | "x" | "pi" | "e" | parameter | function "(" comparison { "," comparison } ")"
 *            | "(" comparison ")"
 * </pre>
 * so {@code ^} is right-associative and binds tighter than a unary minus on its left while its
 * right operand may start with one, as Python's {@code **} ({@code -x^2 = -(x^2)},
 * {@code 2^-x = 2^(-x)}, {@code 2^3^2 = 2^9}), and comparisons bind loosest. A comparison
 * cannot follow another one without parentheses ({@code 0 < x < 1} would silently mean
 * {@code (0 < x) < 1}). Numbers are digits with an optional fraction and exponent
 * ({@code 1}, {@code 0.5}, {@code .5}, {@code 1e-3}, {@code 2.5E+2}); names are case-sensitive;
 * white space may go anywhere between tokens.
 *
 * <p>Why not a library: exp4j and EvalEx are shunting-yard parsers whose errors say what was
 * found, not what was expected where; exp4j has no comparisons or {@code if} and keeps its
 * postfix tokens private (no tree to differentiate); EvalEx computes in BigDecimal, reads
 * variables case-insensitively and accepts strings, arrays, {@code &&} and {@code %} that this
 * language must refuse; parsii (MIT) reads {@code -x^2} as {@code (-x)^2}. The grammar is eight
 * lines, so a hand-written parser is smaller than adapting any of them.
 */
final class Parser {
    private final String text;
    private final Set<String> parameters;
    private final List<Token> tokens;
    private int next;

    private Parser(String text, Set<String> parameters) {
        this.text = text;
        this.parameters = parameters;
        this.tokens = tokenize(text);
    }

    /**
     * The tree of {@code text}, whose names other than x, pi, e and the functions must be among
     * {@code parameters}.
     *
     * @throws FormulaException at the first place where the text leaves the language
     */
    static Node parse(String text, Set<String> parameters) {
        Parser p = new Parser(text, parameters);
        Node tree = p.comparison();
        p.expectEnd(Context.TOP);
        return tree;
    }

    /**
     * The names in {@code text} that can only be parameters: every name that is not x, pi, e, a
     * function or {@code if} and is not followed by {@code (}, once each, in the order they first
     * appear. Only the tokens are read, so a formula that does not parse still has its names.
     *
     * @throws FormulaException at a character outside the language or a number too large
     */
    static List<String> parameterNames(String text) {
        List<Token> tokens = new Parser(text, Set.of()).tokens;
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String name = tokens.get(i).text();
            boolean reserved = name.equals("x") || name.equals("pi") || name.equals("e")
                    || name.equals(Function.IF) || Function.named(name).isPresent();
            if (tokens.get(i).kind() == Kind.NAME && !reserved && !tokens.get(i + 1).is("(")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Where the parser is, which decides what it expects after a complete operand. */
    private enum Context {
        TOP("formula.expected.end"), PARENTHESES("formula.expected.closing"), ARGUMENTS("formula.expected.argument");

        final String key;

        Context(String key) {
            this.key = key;
        }
    }

    private enum Kind {
        NUMBER, NAME, SYMBOL, END
    }

    /** A token and where it starts in the text (a char index). */
    private record Token(Kind kind, String text, int start, double number) {
        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }
    }

    private Node comparison() {
        Node left = sum();
        Optional<Node.Relation> relation = relation(peek());
        if (relation.isEmpty()) {
            return left;
        }
        next++;
        Node right = sum();
        Token after = peek();
        if (relation(after).isPresent()) {
            throw error(after, "formula.chained");
        }
        return new Node.Comparison(relation.get(), left, right);
    }

    private static Optional<Node.Relation> relation(Token t) {
        if (t.kind() != Kind.SYMBOL) {
            return Optional.empty();
        }
        for (Node.Relation r : Node.Relation.values()) {
            if (r.symbol.equals(t.text())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private Node sum() {
        Node result = product();
        while (peek().is("+") || peek().is("-")) {
            Node.Operator op = take().is("+") ? Node.Operator.ADD : Node.Operator.SUBTRACT;
            result = new Node.Binary(op, result, product());
        }
        return result;
    }

    private Node product() {
        Node result = unary();
        while (peek().is("*") || peek().is("/")) {
            Node.Operator op = take().is("*") ? Node.Operator.MULTIPLY : Node.Operator.DIVIDE;
            result = new Node.Binary(op, result, unary());
        }
        return result;
    }

    private Node unary() {
        if (peek().is("-")) {
            next++;
            return new Node.Negation(unary());
        }
        if (peek().is("+")) {
            next++;
            return unary();
        }
        return power();
    }

    private Node power() {
        Node base = primary();
        if (peek().is("^")) {
            next++;
            return new Node.Binary(Node.Operator.POWER, base, unary());
        }
        return base;
    }

    private Node primary() {
        Token t = take();
        switch (t.kind()) {
            case NUMBER:
                return new Node.Number(t.number());
            case NAME:
                return peek().is("(") ? call(t) : name(t);
            case SYMBOL:
                if (t.is("(")) {
                    Node inner = comparison();
                    expect(")", Context.PARENTHESES);
                    return inner;
                }
                break;
            default:
                break;
        }
        throw error(t, "formula.expected.operand");
    }

    private Node name(Token t) {
        String name = t.text();
        if (name.equals("x")) {
            return new Node.Variable();
        }
        if (name.equals("pi")) {
            return new Node.Constant(name, Math.PI);
        }
        if (name.equals("e")) {
            return new Node.Constant(name, Math.E);
        }
        if (parameters.contains(name)) {
            return new Node.Parameter(name);
        }
        if (Function.named(name).isPresent() || name.equals(Function.IF)) {
            throw error(peek(), "formula.expected.open", name);
        }
        throw parameters.isEmpty() ? error(t, "formula.unknownName.none", name)
                : error(t, "formula.unknownName", name, String.join(", ", parameters));
    }

    private Node call(Token name) {
        Optional<Function> function = Function.named(name.text());
        boolean isIf = name.text().equals(Function.IF);
        if (function.isEmpty() && !isIf) {
            boolean known = name.text().equals("x") || name.text().equals("pi") || name.text().equals("e")
                    || parameters.contains(name.text());
            throw known ? error(name, "formula.notAFunction", name.text())
                    : error(name, "formula.unknownFunction", name.text(), Function.names());
        }
        next++;
        List<Node> arguments = new ArrayList<>();
        arguments.add(comparison());
        while (peek().is(",")) {
            next++;
            arguments.add(comparison());
        }
        expect(")", Context.ARGUMENTS);
        int arity = isIf ? Function.IF_ARITY : function.get().arity();
        if (arguments.size() != arity) {
            throw error(name, arity == 1 ? "formula.arity.one" : "formula.arity", name.text(), arity,
                    arguments.size());
        }
        if (isIf) {
            return new Node.Conditional(arguments.get(0), arguments.get(1), arguments.get(2));
        }
        if (function.get() == Function.POW) {
            return new Node.Binary(Node.Operator.POWER, arguments.get(0), arguments.get(1));
        }
        return new Node.Call(function.get(), arguments);
    }

    private void expect(String symbol, Context context) {
        Token t = peek();
        if (!t.is(symbol)) {
            throw error(t, context.key);
        }
        next++;
    }

    private void expectEnd(Context context) {
        Token t = peek();
        if (t.kind() != Kind.END) {
            throw error(t, context.key);
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private FormulaException error(Token at, String key, Object... arguments) {
        return new FormulaException(text, at.start(), key, arguments);
    }

    private List<Token> tokenize(String s) {
        List<Token> list = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isDigit(c) || c == '.' && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
                i = number(s, i, list);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                list.add(new Token(Kind.NAME, s.substring(start, i), start, Double.NaN));
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (two.equals("<=") || two.equals(">=") || two.equals("==") || two.equals("!=")) {
                    list.add(new Token(Kind.SYMBOL, two, i, Double.NaN));
                    i += 2;
                } else if ("+-*/^(),<>".indexOf(c) >= 0) {
                    list.add(new Token(Kind.SYMBOL, String.valueOf(c), i, Double.NaN));
                    i++;
                } else {
                    throw new FormulaException(s, i, "formula.badCharacter",
                            new String(Character.toChars(s.codePointAt(i))));
                }
            }
        }
        list.add(new Token(Kind.END, "", s.length(), Double.NaN));
        return list;
    }

    /** Reads the number starting at {@code start}, adds it and returns the index after it. */
    private static int number(String s, int start, List<Token> list) {
        int i = digits(s, start);
        if (i < s.length() && s.charAt(i) == '.') {
            i = digits(s, i + 1);
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < s.length() && isDigit(s.charAt(j))) {
                i = digits(s, j);
            }
        }
        String literal = s.substring(start, i);
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw new FormulaException(s, start, "formula.numberTooLarge", literal);
        }
        list.add(new Token(Kind.NUMBER, literal, start, value));
        return i;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
