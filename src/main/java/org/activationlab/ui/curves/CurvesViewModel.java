package org.activationlab.ui.curves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationProperties;
import org.activationlab.plot.Axis;
import org.activationlab.plot.Figure;
import org.activationlab.plot.curves.CurveSampler;
import org.activationlab.plot.curves.CurveSet;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;
import org.activationlab.plot.curves.YRange;
import org.activationlab.ui.BackgroundBuild;
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.controls.FormulaDefinition;
import org.activationlab.ui.properties.PropertyAnalysisQueue;

/**
 * The curves tab without its controls: one {@link CurvesState} is its only truth, a read-only
 * property that intents (the command methods, presets, lessons, session files) replace with the
 * next state; an intent that leaves the state equal changes nothing. What follows from the state:
 * the drawn {@link CurvesFrame} (sampled and built off the JavaFX thread by a
 * {@link BackgroundBuild}, the newest state winning however fast a slider moves), the hover
 * readout, and the computed properties of the plotted functions (analysed in the background,
 * live with the parameters).
 *
 * <p>Used on the JavaFX application thread.
 */
public final class CurvesViewModel {
    /** The factor one wheel notch zooms in by. */
    private static final double ZOOM_PER_NOTCH = 0.9;

    private final ReadOnlyObjectWrapper<CurvesState> state = new ReadOnlyObjectWrapper<>(this, "state", CurvesState.initial());
    private final ReadOnlyObjectWrapper<CurvesFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<HoverReadout> readout = new ReadOnlyObjectWrapper<>(this, "readout");
    private final ObservableList<ActivationProperties> rows = FXCollections.observableArrayList();
    private final ObservableList<ActivationProperties> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    /** The newest computed properties of each function, whatever its current parameters. */
    private final Map<String, ActivationProperties> analysed = new HashMap<>();
    /** The parameters last sent for analysis, per function. */
    private final Map<String, Activation> requested = new HashMap<>();
    private final PropertyAnalysisQueue analysis;
    private final BackgroundBuild<FrameRequest, Optional<CurvesFrame>> frames;
    /** The settings of the newest frame asked for; empty for no frame, null before the first. */
    private Optional<CurvesSettings> requestedSettings;
    /** The x under the mouse, NaN when the mouse is not over a panel. */
    private double hoverX = Double.NaN;

    /**
     * @param analyzer computes a function's properties (on {@code analysisWorker})
     * @param analysisWorker runs the analyses
     * @param frameWorker samples and builds the frames, one at a time (a lane)
     * @param fxThread runs the results of both (e.g. {@code Platform::runLater})
     * @param status shows a one-line message to the user
     */
    public CurvesViewModel(Function<Activation, ActivationProperties> analyzer, Executor analysisWorker,
                           Executor frameWorker, Executor fxThread, Consumer<String> status) {
        this.analysis = new PropertyAnalysisQueue(analyzer, analysisWorker, fxThread, this::accept,
                failure -> status.accept(Messages.format(TextKeys.STATUS_ANALYSIS_FAILED,
                        String.valueOf(failure.getMessage()))));
        this.frames = new BackgroundBuild<>(frameWorker, fxThread, CurvesViewModel::build,
                built -> frame.set(built.orElse(null)));
        requestFrame();
        state.addListener((obs, old, now) -> stateChanged(now));
    }

    /** Starts computing the properties of the functions plotted at start. */
    public void start() {
        analysePlotted();
    }

    /** Everything the tab shows. */
    public ReadOnlyObjectProperty<CurvesState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public CurvesState getState() {
        return state.get();
    }

    /** What the canvas draws; null while no function is plotted. */
    public ReadOnlyObjectProperty<CurvesFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public CurvesFrame getFrame() {
        return frame.get();
    }

    /** True while the frame of the newest state is being built (the frame shown is an older one). */
    public ReadOnlyBooleanProperty buildingProperty() {
        return frames.busyProperty();
    }

    public boolean isBuilding() {
        return frames.isBusy();
    }

    /** The values under the mouse; null while the mouse is not over a panel. */
    public ReadOnlyObjectProperty<HoverReadout> readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    public HoverReadout getReadout() {
        return readout.get();
    }

    /** The computed properties of the plotted functions, in plot order, following their parameters. */
    public ObservableList<ActivationProperties> propertyRows() {
        return readOnlyRows;
    }

    /** Shows {@code saved} as it is (e.g. a state read from a session file). */
    public void restore(CurvesState saved) {
        Objects.requireNonNull(saved, "saved");
        update(s -> saved);
    }

    /** Puts the function called {@code name} on the plot or takes it off. */
    public void plot(String name, boolean shown) {
        update(s -> s.withPlotted(name, shown));
    }

    /** The function of {@code changed}'s name continues with its parameters (e.g. a slider moved). */
    public void changeParameters(Activation changed) {
        update(s -> s.withActivation(changed));
    }

    /**
     * Adds the typed formula {@code definition} and plots it ({@code replaced} null), or puts it in
     * the place of the formula {@code replaced} (see {@link CurvesState#withFormula}).
     *
     * @throws IllegalArgumentException if its text names another function
     */
    public void defineFormula(String replaced, FormulaDefinition definition) {
        update(s -> s.withFormula(replaced, definition));
    }

    /** Takes the typed formula {@code name} off the plot and out of the list. */
    public void removeFormula(String name) {
        update(s -> s.withoutFormula(name));
    }

    /**
     * Makes the next state from the current one (e.g. a lesson's {@link CurvesPreset}); a state
     * equal to the current one changes nothing.
     */
    public void update(UnaryOperator<CurvesState> change) {
        CurvesState next = change.apply(getState());
        if (!next.equals(getState())) {
            state.set(next);
        }
    }

    /** Shows x from {@code from} to {@code to} (kept within the limits of {@link XRange}). */
    public void showXRange(double from, double to) {
        update(s -> s.withX(XRange.clamped(from, to)));
    }

    /**
     * Zooms about {@code anchor} (which stays where it is on screen) for a wheel turn of
     * {@code notches}: each notch away from the user zooms in by 10 %, towards the user out.
     */
    public void zoom(double notches, double anchor) {
        double factor = Math.pow(ZOOM_PER_NOTCH, notches);
        update(s -> s.withX(s.x().zoom(factor, anchor).rounded()));
    }

    /**
     * Shows {@code start} moved right by {@code delta} (left when negative): a drag computes
     * each position from where it started, so rounding never accumulates.
     */
    public void panFrom(XRange start, double delta) {
        update(s -> s.withX(start.pan(delta).rounded()));
    }

    /** Back to x from -6 to 6. */
    public void resetXRange() {
        update(s -> s.withX(XRange.DEFAULT));
    }

    /**
     * Shows or hides the two panels; hiding both is refused.
     *
     * @return whether the change was made
     */
    public boolean showPanels(boolean functions, boolean derivatives) {
        if (!functions && !derivatives) {
            return false;
        }
        update(s -> s.withPanels(functions, derivatives));
        return true;
    }

    /**
     * Fixes both y ranges where the drawn frame shows them (so zooming and editing no longer move
     * them), or lets them follow the data again. A panel the frame does not draw (yet), or draws
     * on another kind of axis than the state asks for, keeps its range.
     */
    public void fixYRanges(boolean fixed) {
        if (!fixed) {
            update(s -> s.withYRanges(YRange.AUTO, YRange.AUTO));
            return;
        }
        CurvesFrame f = getFrame();
        if (f == null) {
            return;
        }
        CurvesSettings drawn = f.settings();
        Figure figure = f.figure();
        update(s -> {
            YRange functions = drawn.showFunctions() ? fixedAt(figure.panels().get(0).yAxis()) : s.functionRange();
            YRange derivatives = drawn.showDerivatives() && drawn.logDerivative() == s.logDerivative()
                    ? fixedAt(figure.panels().get(drawn.showFunctions() ? 1 : 0).yAxis()) : s.derivativeRange();
            return s.withYRanges(functions, derivatives);
        });
    }

    private static YRange fixedAt(Axis axis) {
        return YRange.fixed(axis.min(), axis.max());
    }

    /**
     * Fixes the y range of the f(x) panel.
     *
     * @throws IllegalArgumentException unless both ends are finite and min &lt; max
     */
    public void fixFunctionRange(double min, double max) {
        update(s -> s.withYRanges(YRange.fixed(min, max), s.derivativeRange()));
    }

    /**
     * Fixes the y range of the f'(x) panel.
     *
     * @throws IllegalArgumentException unless both ends are finite, min &lt; max, and min &gt; 0 on a log axis
     */
    public void fixDerivativeRange(double min, double max) {
        update(s -> s.withYRanges(s.functionRange(), YRange.fixed(min, max)));
    }

    /** A logarithmic or a linear y axis for the f'(x) panel. */
    public void logDerivative(boolean log) {
        update(s -> s.withLogDerivative(log));
    }

    /** The lower panel plots |f'(x)|^n (n = 1 plots f'(x) itself); above 1 it is shown if it was hidden. */
    public void depth(int n) {
        update(s -> n > 1 && !s.showDerivatives() ? s.withDepth(n).withPanels(s.showFunctions(), true) : s.withDepth(n));
    }

    /** Shades where |f'(x)| &lt; eps, or not. */
    public void shadeSaturation(boolean shade) {
        update(s -> s.withShading(shade, s.epsilon()));
    }

    /** The threshold eps of the saturation shading. */
    public void saturationThreshold(double eps) {
        update(s -> s.withShading(s.shading(), eps));
    }

    /** Hatches where f'(x) = 0 exactly, or not. */
    public void hatchZeroGradient(boolean hatch) {
        update(s -> s.withHatching(hatch));
    }

    /** The mouse is over a panel at {@code x}: show the readout there (and the winning linear piece). */
    public void hover(double x) {
        hoverX = x;
        readout.set(getState().plotted().isEmpty() ? null : HoverReadout.at(getState(), x));
        if (plotsPieces()) {
            requestFrame();
        }
    }

    /** The mouse left the panels. */
    public void endHover() {
        boolean wasHovering = !Double.isNaN(hoverX);
        hoverX = Double.NaN;
        readout.set(null);
        if (wasHovering && plotsPieces()) {
            requestFrame();
        }
    }

    /** Whether a plotted function is made of linear pieces, whose winner follows the mouse. */
    private boolean plotsPieces() {
        return getState().plotted().keySet().stream()
                .anyMatch(name -> getState().activation(name).linearPieces().isPresent());
    }

    /** Asks for the properties of every plotted function whose current parameters were not asked for yet. */
    private void analysePlotted() {
        CurvesState s = getState();
        for (String name : s.plotted().keySet()) {
            Activation current = s.activation(name);
            if (requested.get(name) != current) {
                requested.put(name, current);
                analysis.submit(current);
            }
        }
    }

    private void stateChanged(CurvesState now) {
        requestFrame();
        if (!Double.isNaN(hoverX)) {
            readout.set(now.plotted().isEmpty() ? null : HoverReadout.at(now, hoverX));
        }
        analysePlotted();
        showRows();
    }

    private void accept(ActivationProperties row) {
        analysed.put(row.activation().name(), row);
        showRows();
    }

    /** The rows of the plotted functions that have been analysed, in plot order. */
    private void showRows() {
        List<ActivationProperties> shown = new ArrayList<>();
        for (String name : getState().plotted().keySet()) {
            ActivationProperties row = analysed.get(name);
            if (row != null) {
                shown.add(row);
            }
        }
        if (!shown.equals(rows)) {
            rows.setAll(shown);
        }
    }

    /** Builds the figure again from the same samples, e.g. in a new language; does nothing while none is shown. */
    public void rebuildFigure() {
        if (requestedSettings != null && requestedSettings.isPresent()) {
            frames.request(new FrameRequest(requestedSettings, getFrame()));
        }
    }

    /** Asks for the frame of the current state (and hovered x) unless it was the last one asked for. */
    private void requestFrame() {
        Optional<CurvesSettings> next = getState().settings(plotsPieces() ? hoverX : Double.NaN);
        if (!next.equals(requestedSettings)) {
            requestedSettings = next;
            frames.request(new FrameRequest(next, getFrame()));
        }
    }

    /**
     * What a frame is built from: the settings (empty for no frame) and the frame shown when it
     * was asked for, whose samples are reused when only the look changed.
     */
    private record FrameRequest(Optional<CurvesSettings> settings, CurvesFrame shown) {
    }

    /** Samples (only when the functions or the range changed) and builds the figure; runs off the FX thread. */
    private static Optional<CurvesFrame> build(FrameRequest request) {
        return request.settings().map(settings -> {
            CurvesFrame shown = request.shown();
            CurveSet data = shown != null && sameSamples(shown.settings(), settings)
                    ? shown.data() : CurveSampler.sample(settings);
            return new CurvesFrame(settings, data, CurvesFigureBuilder.build(settings, data));
        });
    }

    private static boolean sameSamples(CurvesSettings a, CurvesSettings b) {
        return a.functions().equals(b.functions()) && a.from() == b.from() && a.to() == b.to()
                && a.points() == b.points();
    }
}
