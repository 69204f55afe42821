package org.activationlab.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.activationlab.model.formula.FormulaActivation;

/**
 * The one value that names an activation wherever it is stored or passed between layers:
 * saved sessions and lessons, the CLI's options, the figures' settings, the network's layers.
 *
 * <p>Immutable, compared by value; its parameters are always complete and in the function's
 * canonical order (that of {@link Activation#parameters()}), every value checked against the
 * parameter's domain when the spec is made. The kinds: a {@link CatalogueSpec catalogue function
 * with parameter values}, a {@link FormulaSpec formula the user typed with its declared
 * parameters} and a {@link GatedSpec gated unit} a g(b) of two inputs (whose {@link #resolve()}
 * is its one-input diagonal x g(x)); the interface is sealed, so code that must tell the kinds
 * apart can do so exhaustively.
 */
public sealed interface ActivationSpec permits CatalogueSpec, FormulaSpec, GatedSpec {

    /**
     * The catalogue function or gated unit ({@link Gate#names()}) {@code name} with default parameters.
     *
     * @throws UnknownActivationException naming the closest catalogue names
     */
    static ActivationSpec of(String name) {
        return of(name, Map.of());
    }

    /**
     * The catalogue function {@code name} with some parameters changed from their defaults
     * (in any order: Maxout's {@code k} is applied before its pieces), or the gated unit
     * {@code name} (which takes no parameters).
     *
     * @throws UnknownActivationException for an unknown name
     * @throws InvalidParameterException for an unknown parameter or a value outside its domain
     */
    static ActivationSpec of(String name, Map<String, Double> parameters) {
        Optional<Gate> gate = Gate.named(name);
        if (gate.isPresent()) {
            return GatedSpec.of(gate.get()).with(parameters);
        }
        return CatalogueSpec.of(Catalogue.create(name, parameters));
    }

    /**
     * The spec that names {@code activation} (a catalogue function, a formula, or a gated unit's
     * {@link Gate#diagonal() diagonal}, which names its gated unit) with its current parameter values.
     */
    static ActivationSpec of(Activation activation) {
        if (activation instanceof FormulaActivation formula) {
            return FormulaSpec.of(formula);
        }
        Optional<Gate> gate = Catalogue.contains(activation.name()) ? Optional.empty() : Gate.named(activation.name());
        return gate.<ActivationSpec>map(GatedSpec::of).orElseGet(() -> CatalogueSpec.of(activation));
    }

    /** Whether {@code name} names a catalogue function or a gated unit. */
    static boolean isKnownName(String name) {
        return Catalogue.contains(name) || Gate.named(name).isPresent();
    }

    /**
     * The unknown-name error for a place that takes catalogue functions and gated units (a network
     * layer): its suggestions are the closest of both, by edit distance, best first.
     */
    static UnknownActivationException unknownLayerName(String name) {
        String query = name == null ? "" : name.toLowerCase(Locale.ROOT).replace('-', '_');
        List<String> names = new ArrayList<>(Catalogue.closestNames(name, 3));
        Gate.names().stream().filter(n -> Catalogue.distance(query, n) <= 2).forEach(names::add);
        names.sort(Comparator.comparingInt((String n) -> Catalogue.distance(query, n)).thenComparing(n -> n));
        return new UnknownActivationException(name, names.subList(0, Math.min(3, names.size())));
    }

    /**
     * The formula {@code text} of x and the declared {@code parameters}, each with its value (which is
     * also its default), in the map's order; see {@link org.activationlab.model.formula.Formula} for
     * the language.
     *
     * @throws org.activationlab.model.formula.FormulaException where the text leaves the language
     * @throws InvalidParameterException for a parameter name that is taken or a value that is not finite
     */
    static ActivationSpec formula(String text, Map<String, Double> parameters) {
        return FormulaSpec.of(FormulaActivation.of(text, parameters));
    }

    /** The name the CLI and saved files use, e.g. {@code "leaky_relu"}, or a formula's text. */
    String name();

    /** Every parameter's value, in the function's canonical order; unmodifiable. */
    Map<String, Double> parameters();

    /**
     * A copy with one parameter changed.
     *
     * @throws InvalidParameterException if the key is unknown or the value outside its domain
     */
    ActivationSpec with(String key, double value);

    /**
     * A copy with several parameters changed (Maxout's {@code k} first, then the rest in the
     * map's order).
     *
     * @throws InvalidParameterException if a key is unknown or a value outside its domain
     */
    ActivationSpec with(Map<String, Double> values);

    /**
     * The function this spec names, ready to evaluate; for a {@link GatedSpec gated unit}, its
     * one-input diagonal x g(x), which a network layer must not apply element by element.
     */
    Activation resolve();

    /** The name people read, in the current language: that of the function it resolves to (a gated unit's own name). */
    default String displayName() {
        return resolve().info().displayName();
    }

    /**
     * The display name with every parameter's value, as the Curves tab labels a function, e.g.
     * "Leaky ReLU (slope = 0.1)"; the display name alone for a function without parameters.
     */
    default String displayNameWithParameters() {
        if (parameters().isEmpty()) {
            return displayName();
        }
        StringJoiner values = new StringJoiner(", ", displayName() + " (", ")");
        parameters().forEach((k, v) -> values.add(k + " = " + Numbers.format(v)));
        return values.toString();
    }
}
