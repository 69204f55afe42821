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
import org.activationlab.plot.curves.CurvesSettings;
import org.activationlab.plot.curves.PlotFunction;
import org.activationlab.plot.curves.YRange;

/**
 * Everything the curves tab shows, as one immutable value: every function's current parameters
 * (kept when a function is taken off the plot and put back), which functions are plotted with
 * which palette colour, the x range, the panels, the y ranges, the depth n and the saturation
 * marks. It is the view model's only truth, the tab's part of a session file and what lesson
 * pictures ({@link CurvesPreset}) change; {@link #settings(double)} turns it into the plot layer's
 * {@link CurvesSettings}, whose checks ({@link CurvesSettings#checkPanels},
 * {@link CurvesSettings#checkSaturation}) and {@link XRange#checked} are the ones it applies.
 *
 * @param activations every catalogue function with its current parameters, in catalogue order
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
 */
public record CurvesState(Map<String, Activation> activations, Map<String, Integer> plotted, XRange x,
                          boolean showFunctions, boolean showDerivatives, YRange functionRange,
                          YRange derivativeRange, boolean logDerivative, int depth, boolean shading,
                          double epsilon, boolean hatching) {

    /** The functions plotted when the app opens: the three the source text compares first. */
    public static final List<String> DEFAULT_FUNCTIONS = List.of("sigmoid", "tanh", "relu");
    /** The saturation threshold at start: sigmoid saturates beyond |x| = 4.6, tanh beyond 3. */
    public static final double DEFAULT_EPSILON = 0.01;

    public CurvesState {
        activations = Collections.unmodifiableMap(new LinkedHashMap<>(activations));
        plotted = Collections.unmodifiableMap(new LinkedHashMap<>(plotted));
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
                logDerivative, depth, shading, epsilon, hatching);
    }

    /** The function of {@code changed}'s name continues with {@code changed}'s parameters. */
    public CurvesState withActivation(Activation changed) {
        activation(changed.name());
        Map<String, Activation> next = new LinkedHashMap<>(activations);
        next.put(changed.name(), changed);
        return new CurvesState(next, plotted, x, showFunctions, showDerivatives, functionRange, derivativeRange,
                logDerivative, depth, shading, epsilon, hatching);
    }

    public CurvesState withX(XRange newX) {
        return new CurvesState(activations, plotted, newX, showFunctions, showDerivatives, functionRange,
                derivativeRange, logDerivative, depth, shading, epsilon, hatching);
    }

    /**
     * Which panels show.
     *
     * @throws IllegalArgumentException if both are hidden
     */
    public CurvesState withPanels(boolean functions, boolean derivatives) {
        return new CurvesState(activations, plotted, x, functions, derivatives, functionRange, derivativeRange,
                logDerivative, depth, shading, epsilon, hatching);
    }

    public CurvesState withYRanges(YRange functions, YRange derivatives) {
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, functions, derivatives,
                logDerivative, depth, shading, epsilon, hatching);
    }

    /** A logarithmic or linear f'(x) axis; a fixed range that a log axis cannot show becomes automatic. */
    public CurvesState withLogDerivative(boolean log) {
        YRange derivatives = log && !derivativeRange.automatic() && !(derivativeRange.min() > 0)
                ? YRange.AUTO : derivativeRange;
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, functionRange, derivatives,
                log, depth, shading, epsilon, hatching);
    }

    public CurvesState withDepth(int n) {
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, functionRange,
                derivativeRange, logDerivative, n, shading, epsilon, hatching);
    }

    public CurvesState withShading(boolean shade, double eps) {
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, functionRange,
                derivativeRange, logDerivative, depth, shade, eps, hatching);
    }

    public CurvesState withHatching(boolean hatch) {
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, functionRange,
                derivativeRange, logDerivative, depth, shading, epsilon, hatch);
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
