package org.activationlab.ui.curves;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.activationlab.model.Activation;
import org.activationlab.plot.curves.CurvesSettings;
import org.activationlab.plot.curves.YRange;

/**
 * A ready-made picture of the curves tab (a lesson's "show me"), as a function from state to
 * state: exactly these functions with these parameters, this x range, these panels, depth n and
 * saturation marks. Applying it replaces what the tab shows; the parameters of functions it does
 * not plot stay as the user left them, and both y ranges become automatic. Its values are checked
 * by the {@link CurvesState} it makes, the one place that checks them.
 *
 * @param functions the functions to plot, in palette order, each with its parameters (not empty, no name twice)
 * @param x the x range, within [-{@value XRange#LIMIT}, {@value XRange#LIMIT}]
 * @param showFunctions whether the f(x) panel shows
 * @param showDerivatives whether the f'(x) (or |f'(x)|^n) panel shows; at least one of the two does
 * @param logDerivative whether the derivative panel has a logarithmic axis
 * @param depth n from 1 to {@link CurvesSettings#MAX_DEPTH}
 * @param shading whether to shade where |f'(x)| &lt; {@code epsilon}
 * @param epsilon the saturation threshold, finite and &gt; 0
 * @param hatching whether to hatch where f'(x) = 0 exactly
 */
public record CurvesPreset(List<Activation> functions, XRange x, boolean showFunctions, boolean showDerivatives,
                           boolean logDerivative, int depth, boolean shading, double epsilon, boolean hatching)
        implements UnaryOperator<CurvesState> {

    /**
     * @throws IllegalArgumentException naming the value and what is allowed, if the picture is not
     *                                  a state the tab can show
     */
    public CurvesPreset {
        functions = List.copyOf(functions);
        Objects.requireNonNull(x, "x");
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("a curves preset plots at least one function");
        }
        Set<String> names = new HashSet<>();
        for (Activation f : functions) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException(f.name() + " is listed twice");
            }
        }
        // the state checks the picture's x range, panels, depth and threshold (its one check of each)
        new CurvesState(CurvesState.initial().activations(), Map.of(), x, showFunctions, showDerivatives,
                YRange.AUTO, YRange.AUTO, logDerivative, depth, shading, epsilon, hatching);
    }

    /** {@code state} showing this picture. */
    @Override
    public CurvesState apply(CurvesState state) {
        Map<String, Activation> activations = new LinkedHashMap<>(state.activations());
        Map<String, Integer> plotted = new LinkedHashMap<>();
        for (Activation f : functions) {
            state.activation(f.name());
            activations.put(f.name(), f);
            plotted.put(f.name(), plotted.size());
        }
        return new CurvesState(activations, plotted, x, showFunctions, showDerivatives, YRange.AUTO, YRange.AUTO,
                logDerivative, depth, shading, epsilon, hatching, state.formulaRanges());
    }
}
