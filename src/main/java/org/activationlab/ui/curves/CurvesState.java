package org.activationlab.ui.curves;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Parameter;
import org.activationlab.model.formula.FormulaActivation;
import org.activationlab.plot.curves.CurvesSettings;
import org.activationlab.plot.curves.PlotFunction;
import org.activationlab.plot.curves.YRange;
import org.activationlab.ui.Messages;
import org.activationlab.ui.controls.FormulaDefinition;
import org.activationlab.ui.controls.FormulaKeys;
import org.activationlab.ui.controls.SliderRange;

/**
 * Everything the curves tab shows, as one immutable value: every function's current parameters
 * (kept when a function is taken off the plot and put back), which functions are plotted with
 * which palette colour, the x range, the panels, the y ranges, the depth n and the saturation
 * marks. It is the view model's only truth, the tab's part of a session file and what lesson
 * pictures ({@link CurvesPreset}) change; {@link #settings(double)} turns it into the plot layer's
 * {@link CurvesSettings}, whose checks ({@link CurvesSettings#checkPanels},
 * {@link CurvesSettings#checkSaturation}) and {@link XRange#checked} are the ones it applies.
 *
 * @param activations every catalogue function with its current parameters, in catalogue order, then
 *                    the formulas the user typed ({@link FormulaActivation}s, each named by its text)
 * @param plotted the plotted functions' names in the order they were chosen, each with its palette slot
 * @param x the visible x range, one the view can show ({@link XRange#checked})
 * @param showFunctions whether the f(x) panel shows
 * @param showDerivatives whether the f'(x) panel shows (at least one of the two does)
 * @param functionRange the y range of the f(x) panel
 * @param derivativeRange the y range of the f'(x) panel
 * @param logDerivative whether the f'(x) panel has a logarithmic y axis
 * @param depth n from 1 to {@link CurvesSettings#MAX_DEPTH}: above 1 the lower panel plots |f'(x)|^n
 * @param shading whether to shade where |f'(x)| &lt; {@code epsilon}
 * @param epsilon the saturation threshold (finite, > 0), kept while shading is off
 * @param hatching whether to hatch where f'(x) = 0 exactly
 * @param formulaRanges the slider range of each parameter of each typed formula, by formula and
 *                      parameter; a parameter not given one gets the formula's own range around its
 *                      default, and ranges of what is not a formula's parameter are dropped
 */
public record CurvesState(Map<String, Activation> activations, Map<String, Integer> plotted, XRange x,
                          boolean showFunctions, boolean showDerivatives, YRange functionRange,
                          YRange derivativeRange, boolean logDerivative, int depth, boolean shading,
                          double epsilon, boolean hatching, Map<String, Map<String, SliderRange>> formulaRanges) {

    /** The functions plotted when the app opens: the three the source text compares first. */
    public static final List<String> DEFAULT_FUNCTIONS = List.of("sigmoid", "tanh", "relu");
    /** The saturation threshold at start: sigmoid saturates beyond |x| = 4.6, tanh beyond 3. */
    public static final double DEFAULT_EPSILON = 0.01;

    public CurvesState {
        activations = Collections.unmodifiableMap(new LinkedHashMap<>(activations));
        plotted = Collections.unmodifiableMap(new LinkedHashMap<>(plotted));
        formulaRanges = completeRanges(activations, formulaRanges);
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(functionRange, "functionRange");
        Objects.requireNonNull(derivativeRange, "derivativeRange");
        XRange.checked(x.from(), x.to());
        for (Map.Entry<String, Integer> e : plotted.entrySet()) {
            if (!activations.containsKey(e.getKey())) {
                throw new IllegalArgumentException("cannot plot " + e.getKey() + ": not a known function");
            }
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("palette slot of " + e.getKey() + " must be >= 0, got " + e.getValue());
            }
        }
        CurvesSettings.checkPanels(showFunctions, showDerivatives, derivativeRange, logDerivative, depth);
        CurvesSettings.checkSaturation(epsilon);
    }

    /** A state whose typed formulas (if any) show their parameters' own slider ranges. */
    public CurvesState(Map<String, Activation> activations, Map<String, Integer> plotted, XRange x,
                       boolean showFunctions, boolean showDerivatives, YRange functionRange,
                       YRange derivativeRange, boolean logDerivative, int depth, boolean shading,
                       double epsilon, boolean hatching) {
        this(activations, plotted, x, showFunctions, showDerivatives, functionRange, derivativeRange, logDerivative,
                depth, shading, epsilon, hatching, Map.of());
    }

    private static Map<String, Map<String, SliderRange>> completeRanges(Map<String, Activation> activations,
                                                                        Map<String, Map<String, SliderRange>> given) {
        Map<String, Map<String, SliderRange>> complete = new LinkedHashMap<>();
        activations.forEach((name, activation) -> {
            if (activation instanceof FormulaActivation) {
                Map<String, SliderRange> ranges = new LinkedHashMap<>();
                Map<String, SliderRange> own = given.getOrDefault(name, Map.of());
                for (Parameter p : activation.parameters()) {
                    ranges.put(p.key(), own.getOrDefault(p.key(), SliderRange.of(p)));
                }
                complete.put(name, Collections.unmodifiableMap(ranges));
            }
        });
        return Collections.unmodifiableMap(complete);
    }

    /**
     * The state the tab opens with: sigmoid, tanh and ReLU over [-6, 6], both panels, saturation
     * shaded (hatching f'(x) = 0 on top of ReLU's shaded half would bury the curves; it is one
     * tick away).
     */
    public static CurvesState initial() {
        Map<String, Activation> all = new LinkedHashMap<>();
        Catalogue.all().forEach(a -> all.put(a.name(), a));
        Map<String, Integer> plotted = new LinkedHashMap<>();
        for (String name : DEFAULT_FUNCTIONS) {
            plotted.put(name, plotted.size());
        }
        return new CurvesState(all, plotted, XRange.DEFAULT, true, true, YRange.AUTO, YRange.AUTO, false, 1, true,
                DEFAULT_EPSILON, false);
    }

    /** The plotted functions with their current parameters and colours, in the order chosen. */
    public List<PlotFunction> plottedFunctions() {
        List<PlotFunction> list = new ArrayList<>();
        plotted.forEach((name, slot) -> list.add(new PlotFunction(ActivationSpec.of(activations.get(name)), slot)));
        return list;
    }

    /** The palette slot of {@code name} if it is plotted. */
    public OptionalInt colour(String name) {
        Integer slot = plotted.get(name);
        return slot == null ? OptionalInt.empty() : OptionalInt.of(slot);
    }

    /** The current parameters of the function called {@code name}. */
    public Activation activation(String name) {
        Activation a = activations.get(name);
        if (a == null) {
            throw new IllegalArgumentException("unknown function " + name);
        }
        return a;
    }

    /**
     * {@code name} put on the plot (in the lowest palette slot no plotted function uses, so colours
     * of the others never change) or taken off it.
     */
    public CurvesState withPlotted(String name, boolean plot) {
        activation(name);
        if (plot == plotted.containsKey(name)) {
            return this;
        }
        Map<String, Integer> next = new LinkedHashMap<>(plotted);
        if (plot) {
            int slot = 0;
            while (next.containsValue(slot)) {
                slot++;
            }
            next.put(name, slot);
        } else {
            next.remove(name);
        }
        return new CurvesState(activations, next, x, showFunctions, showDerivatives, functionRange, derivativeRange,
                logDerivative, depth, shading, epsilon, hatching, formulaRanges);
    }

    /** The function of {@code changed}'s name continues with {@code changed}'s parameters. */
    public CurvesState withActivation(Activation changed) {
        activation(changed.name());
        Map<String, Activation> next = new LinkedHashMap<>(activations);
        next.put(changed.name(), changed);
        return new CurvesState(next, plotted, x, showFunctions, showDerivatives, functionRange, derivativeRange,
                logDerivative, depth, shading, epsilon, hatching, formulaRanges);
    }

    /** The names (texts) of the formulas the user typed, in the order they were added. */
    public List<String> formulas() {
        return List.copyOf(formulaRanges.keySet());
    }

    /**
     * The formula {@code name} as its editor shows it: its defaults and slider ranges.
     *
     * @throws IllegalArgumentException if it is not a typed formula
     */
    public FormulaDefinition formulaDefinition(String name) {
        FormulaActivation formula = formula(name);
        Map<String, Double> defaults = new LinkedHashMap<>();
        formula.parameters().forEach(p -> defaults.put(p.key(), p.defaultValue()));
        return FormulaDefinition.of(formula.name(), defaults, formulaRanges.get(name));
    }

    /** The parameters of the formula {@code name} as its sliders show them (with the user's ranges). */
    public List<Parameter> formulaSliders(String name) {
        return FormulaDefinition.sliders(formula(name), formulaRanges.get(name));
    }

    private FormulaActivation formula(String name) {
        if (activation(name) instanceof FormulaActivation formula) {
            return formula;
        }
        throw new IllegalArgumentException(name + " is not a typed formula");
    }

    /**
     * Why {@code definition} cannot take the place of the formula {@code replaced} (null for a new
     * formula): its text is the name of another function; empty when it can.
     */
    public Optional<String> refusal(String replaced, FormulaDefinition definition) {
        String name = definition.name();
        return !name.equals(replaced) && activations.containsKey(name)
                ? Optional.of(Messages.format(FormulaKeys.CURVES_TAKEN, name)) : Optional.empty();
    }

    /**
     * {@code definition} in the place of the formula {@code replaced} (keeping its place in the
     * list, on the plot and its colour), or, when {@code replaced} is null, added at the end and
     * plotted. A parameter whose default did not change keeps its current value; the others take
     * their new default.
     *
     * @throws IllegalArgumentException with the {@link #refusal} message, or if {@code replaced} is not a typed formula
     */
    public CurvesState withFormula(String replaced, FormulaDefinition definition) {
        refusal(replaced, definition).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        String name = definition.name();
        FormulaActivation next = definition.spec().resolve();
        if (replaced == null) {
            Map<String, Activation> added = new LinkedHashMap<>(activations);
            added.put(name, next);
            Map<String, Map<String, SliderRange>> ranges = new LinkedHashMap<>(formulaRanges);
            ranges.put(name, definition.ranges());
            return new CurvesState(added, plotted, x, showFunctions, showDerivatives, functionRange, derivativeRange,
                    logDerivative, depth, shading, epsilon, hatching, ranges).withPlotted(name, true);
        }
        FormulaActivation old = formula(replaced);
        Map<String, Double> kept = new LinkedHashMap<>();
        for (Parameter p : old.parameters()) {
            Double newDefault = definition.defaults().get(p.key());
            if (newDefault != null && newDefault == p.defaultValue()) {
                kept.put(p.key(), old.parameterValues().get(p.key()));
            }
        }
        return new CurvesState(renamed(activations, replaced, name, next.with(kept)), renamed(plotted, replaced, name),
                x, showFunctions, showDerivatives, functionRange, derivativeRange, logDerivative, depth, shading,
                epsilon, hatching, renamed(formulaRanges, replaced, name, definition.ranges()));
    }

    /** {@code map} with the entry {@code old}, if any, replaced in place by {@code name} and its value. */
    private static <V> Map<String, V> renamed(Map<String, V> map, String old, String name) {
        return map.containsKey(old) ? renamed(map, old, name, map.get(old)) : map;
    }

    /** {@code map} with the entry {@code old} replaced in place by {@code name} and {@code value}. */
    private static <V> Map<String, V> renamed(Map<String, V> map, String old, String name, V value) {
        Map<String, V> next = new LinkedHashMap<>();
        map.forEach((key, v) -> {
            if (key.equals(old)) {
                next.put(name, value);
            } else {
                next.put(key, v);
            }
        });
        return next;
    }

    /**
     * The state without the typed formula {@code name} (off the plot and out of the list).
     *
     * @throws IllegalArgumentException if it is not a typed formula
     */
    public CurvesState withoutFormula(String name) {
        formula(name);
        Map<String, Activation> left = new LinkedHashMap<>(activations);
        left.remove(name);
        Map<String, Integer> stillPlotted = new LinkedHashMap<>(plotted);
        stillPlotted.remove(name);
        return new CurvesState(left, stillPlotted, x, showFunctions, showDerivatives, functionRange, derivativeRange,
                logDerivative, depth, shading, epsilon, hatching, formulaRanges);
    }

    public CurvesState withX(XRange newX) {
        return new CurvesState(activations, plotted, newX, showFunctions, showDerivatives, functionRange,
                derivativeRange, logDerivative, depth, shading, epsilon, hatching, formulaRanges);
    }

    /**
     * Which panels show.
     *
     * @throws IllegalArgumentException if both are hidden
     */
    public CurvesState withPanels(boolean functions, boolean derivatives) {
        return new CurvesState(activations, plotted, x, functions, derivatives, functionRange, derivativeRange,
                logDerivative, depth, shading, epsilon, hatching, formulaRanges);
    }

    public CurvesState withYRanges(YRange functions, YRange derivatives) {
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, functions, derivatives,
                logDerivative, depth, shading, epsilon, hatching, formulaRanges);
    }

    /** A logarithmic or linear f'(x) axis; a fixed range that a log axis cannot show becomes automatic. */
    public CurvesState withLogDerivative(boolean log) {
        YRange derivatives = log && !derivativeRange.automatic() && !(derivativeRange.min() > 0)
                ? YRange.AUTO : derivativeRange;
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, functionRange, derivatives,
                log, depth, shading, epsilon, hatching, formulaRanges);
    }

    public CurvesState withDepth(int n) {
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, functionRange,
                derivativeRange, logDerivative, n, shading, epsilon, hatching, formulaRanges);
    }

    public CurvesState withShading(boolean shade, double eps) {
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, functionRange,
                derivativeRange, logDerivative, depth, shade, eps, hatching, formulaRanges);
    }

    public CurvesState withHatching(boolean hatch) {
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, functionRange,
                derivativeRange, logDerivative, depth, shading, epsilon, hatch, formulaRanges);
    }

    /**
     * The plot layer's settings for this state, or empty when no function is plotted.
     *
     * @param highlightX where the winning linear piece is highlighted (the hovered x), NaN for nowhere
     */
    public Optional<CurvesSettings> settings(double highlightX) {
        if (plotted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CurvesSettings.builder()
                .functions(plottedFunctions())
                .range(x.from(), x.to())
                .panels(showFunctions, showDerivatives)
                .functionRange(functionRange)
                .derivativeRange(derivativeRange)
                .logDerivative(logDerivative)
                .depth(depth)
                .saturation(shading ? epsilon : Double.NaN)
                .hatchZeroGradient(hatching)
                .highlightX(highlightX)
                .build());
    }
}
