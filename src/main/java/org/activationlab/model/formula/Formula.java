package org.activationlab.model.formula;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.activationlab.model.InvalidParameterException;

/**
 * A parsed formula of x and declared parameters (the language of issue 13, see {@link Parser}),
 * with its derivative as a formula, both also in TeX. Parsed once; {@link #compile} turns it into
 * a {@link Program} for given parameter values without parsing again. Immutable.
 */
public final class Formula {
    /** What a parameter name looks like: a letter or '_', then letters, digits or '_'. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]*");

    private final String text;
    private final List<String> parameters;
    private final Node tree;

    private Formula(String text, List<String> parameters, Node tree) {
        this.text = text;
        this.parameters = List.copyOf(parameters);
        this.tree = tree;
    }

    /**
     * Parses {@code text}, whose names other than x, pi, e and the functions must be among
     * {@code parameters}.
     *
     * @throws InvalidParameterException if a parameter name is not a name or is taken (x, pi, e, a function)
     * @throws FormulaException where the text leaves the language
     */
    public static Formula parse(String text, Collection<String> parameters) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : parameters) {
            checkName(name);
            names.add(name);
        }
        return new Formula(text, new ArrayList<>(names), Parser.parse(text, names));
    }

    /**
     * The names in {@code text} that are parameters when declared (every name but x, pi, e and the
     * functions, and not a call), in the order they first appear; an editor declares them as
     * the user types. Works on text that does not parse yet.
     *
     * @throws FormulaException at a character outside the language or a number too large
     */
    public static List<String> parameterNames(String text) {
        return Parser.parameterNames(text);
    }

    /** A parameter's name in TeX as the typeset formulas write it, e.g. {@code \alpha}, {@code a} or {@code \mathrm{slope}}. */
    public static String texName(String parameter) {
        return Printer.texName(parameter);
    }

    private static void checkName(String name) {
        boolean taken = name.equals("x") || name.equals("pi") || name.equals("e") || name.equals(Function.IF)
                || Function.named(name).isPresent();
        if (taken || !NAME.matcher(name).matches()) {
            throw new InvalidParameterException(FormulaTexts.format("formula.parameterName", name));
        }
    }

    /** The formula as typed. */
    public String text() {
        return text;
    }

    /** The declared parameters, in the order given. */
    public List<String> parameters() {
        return parameters;
    }

    /** The declared parameters the formula uses, in alphabetical order. */
    public Set<String> usedParameters() {
        Set<String> used = new TreeSet<>();
        collect(tree, used);
        return used;
    }

    private static void collect(Node node, Set<String> used) {
        if (node instanceof Node.Parameter p) {
            used.add(p.name());
        } else if (node instanceof Node.Negation n) {
            collect(n.operand(), used);
        } else if (node instanceof Node.Binary b) {
            collect(b.left(), used);
            collect(b.right(), used);
        } else if (node instanceof Node.Comparison c) {
            collect(c.left(), used);
            collect(c.right(), used);
        } else if (node instanceof Node.Call c) {
            c.arguments().forEach(a -> collect(a, used));
        } else if (node instanceof Node.Conditional c) {
            collect(c.condition(), used);
            collect(c.then(), used);
            collect(c.otherwise(), used);
        }
    }

    /** The formula written back with only the parentheses it needs; it parses to the same values. */
    public String canonicalText() {
        return Printer.text(tree);
    }

    /** The formula in TeX. */
    public String latex() {
        return Printer.tex(tree);
    }

    /** The derivative as a formula, simplified (see {@link Derivative}). */
    public String derivativeText() {
        return Printer.text(Derivative.of(tree));
    }

    /** The derivative in TeX. */
    public String derivativeLatex() {
        return Printer.tex(Derivative.of(tree));
    }

    /** The formula for the given value of every declared parameter, ready to evaluate. */
    Program compile(Map<String, Double> values) {
        return Program.compile(tree, values);
    }

    @Override
    public String toString() {
        return text;
    }
}
