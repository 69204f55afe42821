package org.activationlab.plot.curves;

import java.util.List;
import java.util.Objects;
import org.activationlab.model.ActivationSpec;

/**
 * Everything that decides what the curves figure shows, as one immutable value: the screen,
 * the File &gt; Export dialog and the {@code export} command all build their figure from it, so
 * equal settings give equal figures. Make one with {@link #builder()}, change one with
 * {@link #toBuilder()}.
 *
 * @param functions the functions, drawn in order (at least one)
 * @param from the left end of the x range (finite)
 * @param to the right end of the x range (finite, > from)
 * @param points the number of evenly spaced samples (from 2 to {@link #MAX_POINTS}); the kinks of
 *               every function in the range are sampled too, so corners stay sharp
 * @param showFunctions whether to draw the panel of f(x)
 * @param showDerivatives whether to draw the panel of f'(x) (or |f'(x)|^depth)
 * @param functionRange the y range of the f(x) panel
 * @param derivativeRange the y range of the derivative panel
 * @param logDerivative whether the derivative panel has a logarithmic y axis (useful with depth)
 * @param depth n from 1 to {@link #MAX_DEPTH}: above 1 the derivative panel plots |f'(x)|^n, the
 *              factor a gradient picks up through n layers (source text, section 3)
 * @param saturation eps: shade where |f'(x)| &lt; eps; NaN for no shading
 * @param hatchZeroGradient whether to hatch where f'(x) = 0 exactly
 * @param caption whether to write a caption listing the functions, parameters and range
 * @param legendFormulas whether the legend shows each function's typeset formula
 * @param title the figure title, empty for none
 * @param highlightX for a function made of {@link org.activationlab.model.LinearPieces linear pieces}: the x whose
 *                   winning piece is highlighted; NaN for none
 */
public record CurvesSettings(List<PlotFunction> functions, double from, double to, int points,
                             boolean showFunctions, boolean showDerivatives, YRange functionRange,
                             YRange derivativeRange, boolean logDerivative, int depth, double saturation,
                             boolean hatchZeroGradient, boolean caption, boolean legendFormulas, String title,
                             double highlightX) {

    /** The most layers the depth slider offers. */
    public static final int MAX_DEPTH = 50;
    /** The most samples per function. */
    public static final int MAX_POINTS = 1_000_000;
    /** Samples per function unless told otherwise: about one per pixel of a wide figure. */
    public static final int DEFAULT_POINTS = 2001;

    public CurvesSettings {
        functions = List.copyOf(functions);
        Objects.requireNonNull(functionRange, "functionRange");
        Objects.requireNonNull(derivativeRange, "derivativeRange");
        Objects.requireNonNull(title, "title");
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("choose at least one function");
        }
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            throw new IllegalArgumentException("the x range must be finite with from < to, got from "
                    + from + " to " + to);
        }
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be an integer from 2 to " + MAX_POINTS + ", got " + points);
        }
        checkPanels(showFunctions, showDerivatives, derivativeRange, logDerivative, depth);
        if (!Double.isNaN(saturation)) {
            checkSaturation(saturation);
        }
    }

    /**
     * Checks the panels of a curves figure, for these settings and for everything that describes
     * such a figure (the Curves tab's state, a lesson's picture of it): at least one panel, the
     * depth n of |f'|^n from 1 to {@link #MAX_DEPTH}, and a logarithmic derivative axis only over
     * a range above 0.
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static void checkPanels(boolean showFunctions, boolean showDerivatives, YRange derivativeRange,
                                   boolean logDerivative, int depth) {
        if (!showFunctions && !showDerivatives) {
            throw new IllegalArgumentException("show the functions, the derivatives or both");
        }
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be an integer from 1 to " + MAX_DEPTH + ", got " + depth);
        }
        if (logDerivative && !derivativeRange.automatic() && !(derivativeRange.min() > 0)) {
            throw new IllegalArgumentException("a logarithmic derivative axis needs a minimum > 0, got "
                    + derivativeRange.min());
        }
    }

    /**
     * Checks a saturation threshold eps (shade where |f'(x)| &lt; eps): a finite number &gt; 0.
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static void checkSaturation(double eps) {
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("the saturation threshold must be a finite number > 0, got " + eps);
        }
    }

    /** Settings with the defaults: x from -6 to 6, functions panel only, automatic ranges, depth 1. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether saturated regions are shaded. */
    public boolean shadesSaturation() {
        return !Double.isNaN(saturation);
    }

    /** Collects settings; {@link #build()} checks them. */
    public static final class Builder {
        private List<PlotFunction> functions = List.of();
        private double from = -6;
        private double to = 6;
        private int points = DEFAULT_POINTS;
        private boolean showFunctions = true;
        private boolean showDerivatives;
        private YRange functionRange = YRange.AUTO;
        private YRange derivativeRange = YRange.AUTO;
        private boolean logDerivative;
        private int depth = 1;
        private double saturation = Double.NaN;
        private boolean hatchZeroGradient;
        private boolean caption;
        private boolean legendFormulas;
        private String title = "";
        private double highlightX = Double.NaN;

        private Builder() {
        }

        private Builder(CurvesSettings s) {
            functions = s.functions;
            from = s.from;
            to = s.to;
            points = s.points;
            showFunctions = s.showFunctions;
            showDerivatives = s.showDerivatives;
            functionRange = s.functionRange;
            derivativeRange = s.derivativeRange;
            logDerivative = s.logDerivative;
            depth = s.depth;
            saturation = s.saturation;
            hatchZeroGradient = s.hatchZeroGradient;
            caption = s.caption;
            legendFormulas = s.legendFormulas;
            title = s.title;
            highlightX = s.highlightX;
        }

        public Builder functions(List<PlotFunction> newFunctions) {
            this.functions = newFunctions;
            return this;
        }

        /** The functions, coloured by their position. */
        public Builder activations(List<ActivationSpec> activations) {
            return functions(PlotFunction.inOrder(activations));
        }

        public Builder range(double newFrom, double newTo) {
            this.from = newFrom;
            this.to = newTo;
            return this;
        }

        public Builder points(int newPoints) {
            this.points = newPoints;
            return this;
        }

        /** Which panels to show. */
        public Builder panels(boolean functionsPanel, boolean derivativesPanel) {
            this.showFunctions = functionsPanel;
            this.showDerivatives = derivativesPanel;
            return this;
        }

        public Builder functionRange(YRange range) {
            this.functionRange = range;
            return this;
        }

        public Builder derivativeRange(YRange range) {
            this.derivativeRange = range;
            return this;
        }

        public Builder logDerivative(boolean log) {
            this.logDerivative = log;
            return this;
        }

        public Builder depth(int newDepth) {
            this.depth = newDepth;
            return this;
        }

        /** Shade where |f'(x)| &lt; eps; NaN for none. */
        public Builder saturation(double eps) {
            this.saturation = eps;
            return this;
        }

        public Builder hatchZeroGradient(boolean hatch) {
            this.hatchZeroGradient = hatch;
            return this;
        }

        public Builder caption(boolean withCaption) {
            this.caption = withCaption;
            return this;
        }

        public Builder legendFormulas(boolean withFormulas) {
            this.legendFormulas = withFormulas;
            return this;
        }

        public Builder title(String newTitle) {
            this.title = newTitle;
            return this;
        }

        /** Highlight the linear piece that wins at x; NaN for none. */
        public Builder highlightX(double x) {
            this.highlightX = x;
            return this;
        }

        /**
         * The settings.
         *
         * @throws IllegalArgumentException with a message for the user when a value is out of range
         */
        public CurvesSettings build() {
            return new CurvesSettings(functions, from, to, points, showFunctions, showDerivatives, functionRange,
                    derivativeRange, logDerivative, depth, saturation, hatchZeroGradient, caption, legendFormulas,
                    title, highlightX);
        }
    }
}
