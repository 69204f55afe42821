package org.activationlab.ui.curves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.properties.PropertyAnalysisQueue;

/**
 * The curves tab without its controls: the {@link CurvesState} as a read-only property, commands
 * that replace it, and what follows from it: the drawn {@link CurvesFrame} (sampled and built at
 * most once per pulse, however fast a slider moves), the hover readout, and the computed
 * properties of the plotted functions (analysed in the background, live with the parameters).
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
    private final Runnable frameRequest;
    /** The x under the mouse, NaN when the mouse is not over a panel. */
    private double hoverX = Double.NaN;

    /**
     * @param analyzer computes a function's properties (on {@code worker})
     * @param worker runs the analyses
     * @param fxThread runs their results (e.g. {@code Platform::runLater})
     * @param perPulse wraps the frame refresh so that requests coalesce (e.g. {@code PulseCoalescer::new};
     *                 {@code UnaryOperator.identity()} refreshes at once)
     * @param status shows a one-line message to the user
     */
    public CurvesViewModel(Function<Activation, ActivationProperties> analyzer, Executor worker, Executor fxThread,
                           UnaryOperator<Runnable> perPulse, Consumer<String> status) {
        this.analysis = new PropertyAnalysisQueue(analyzer, worker, fxThread, this::accept, failure -> status.accept(
                Messages.format(TextKeys.STATUS_ANALYSIS_FAILED, String.valueOf(failure.getMessage()))));
        this.frameRequest = perPulse.apply(this::refreshFrame);
        refreshFrame();
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
        state.set(saved);
    }

    /** Puts the function called {@code name} on the plot or takes it off. */
    public void plot(String name, boolean shown) {
        state.set(getState().withPlotted(name, shown));
    }

    /** The function of {@code changed}'s name continues with its parameters (e.g. a slider moved). */
    public void changeParameters(Activation changed) {
        state.set(getState().withActivation(changed));
    }

    /** Shows what {@code preset} describes (a lesson's "show me"). */
    public void applyPreset(CurvesPreset preset) {
        state.set(preset.applyTo(getState()));
    }

    /** Shows x from {@code from} to {@code to} (kept within the limits of {@link XRange}). */
    public void showXRange(double from, double to) {
        state.set(getState().withX(XRange.clamped(from, to)));
    }

    /**
     * Zooms about {@code anchor} (which stays where it is on screen) for a wheel turn of
     * {@code notches}: each notch away from the user zooms in by 10 %, towards the user out.
     */
    public void zoom(double notches, double anchor) {
        double factor = Math.pow(ZOOM_PER_NOTCH, notches);
        state.set(getState().withX(getState().x().zoom(factor, anchor).rounded()));
    }

    /**
     * Shows {@code start} moved right by {@code delta} (left when negative): a drag computes
     * each position from where it started, so rounding never accumulates.
     */
    public void panFrom(XRange start, double delta) {
        state.set(getState().withX(start.pan(delta).rounded()));
    }

    /** Back to x from -6 to 6. */
    public void resetXRange() {
        state.set(getState().withX(XRange.DEFAULT));
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
        state.set(getState().withPanels(functions, derivatives));
        return true;
    }

    /**
     * Fixes both y ranges where they are now (so zooming and editing no longer move them), or
     * lets them follow the data again.
     */
    public void fixYRanges(boolean fixed) {
        CurvesState s = getState();
        if (!fixed) {
            state.set(s.withYRanges(YRange.AUTO, YRange.AUTO));
            return;
        }
        CurvesFrame f = getFrame();
        if (f == null) {
            return;
        }
        Figure figure = f.figure();
        YRange functions = s.showFunctions() ? fixedAt(figure.panels().get(0).yAxis()) : s.functionRange();
        YRange derivatives = s.showDerivatives()
                ? fixedAt(figure.panels().get(s.showFunctions() ? 1 : 0).yAxis()) : s.derivativeRange();
        state.set(s.withYRanges(functions, derivatives));
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
        state.set(getState().withYRanges(YRange.fixed(min, max), getState().derivativeRange()));
    }

    /**
     * Fixes the y range of the f'(x) panel.
     *
     * @throws IllegalArgumentException unless both ends are finite, min &lt; max, and min &gt; 0 on a log axis
     */
    public void fixDerivativeRange(double min, double max) {
        state.set(getState().withYRanges(getState().functionRange(), YRange.fixed(min, max)));
    }

    /** A logarithmic or a linear y axis for the f'(x) panel. */
    public void logDerivative(boolean log) {
        state.set(getState().withLogDerivative(log));
    }

    /** The lower panel plots |f'(x)|^n (n = 1 plots f'(x) itself); above 1 it is shown if it was hidden. */
    public void depth(int n) {
        CurvesState s = getState().withDepth(n);
        state.set(n > 1 && !s.showDerivatives() ? s.withPanels(s.showFunctions(), true) : s);
    }

    /** Shades where |f'(x)| &lt; eps, or not. */
    public void shadeSaturation(boolean shade) {
        state.set(getState().withShading(shade, getState().epsilon()));
    }

    /** The threshold eps of the saturation shading. */
    public void saturationThreshold(double eps) {
        state.set(getState().withShading(getState().shading(), eps));
    }

    /** Hatches where f'(x) = 0 exactly, or not. */
    public void hatchZeroGradient(boolean hatch) {
        state.set(getState().withHatching(hatch));
    }

    /** The mouse is over a panel at {@code x}: show the readout there (and the winning linear piece). */
    public void hover(double x) {
        hoverX = x;
        readout.set(getState().plotted().isEmpty() ? null : HoverReadout.at(getState(), x));
        if (plotsPieces()) {
            frameRequest.run();
        }
    }

    /** The mouse left the panels. */
    public void endHover() {
        boolean wasHovering = !Double.isNaN(hoverX);
        hoverX = Double.NaN;
        readout.set(null);
        if (wasHovering && plotsPieces()) {
            frameRequest.run();
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
        frameRequest.run();
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

    /** Samples (only when the functions or the range changed) and builds the figure of the current state. */
    /** Builds the figure again from the same samples, e.g. in a new language; does nothing while none is shown. */
    public void rebuildFigure() {
        CurvesFrame current = getFrame();
        if (current != null) {
            frame.set(new CurvesFrame(current.settings(), current.data(),
                    CurvesFigureBuilder.build(current.settings(), current.data())));
        }
    }

    private void refreshFrame() {
        CurvesState s = getState();
        Optional<CurvesSettings> next = s.settings(plotsPieces() ? hoverX : Double.NaN);
        if (next.isEmpty()) {
            frame.set(null);
            return;
        }
        CurvesSettings settings = next.get();
        CurvesFrame current = getFrame();
        if (current != null && current.settings().equals(settings)) {
            return;
        }
        CurveSet data = current != null && sameSamples(current.settings(), settings)
                ? current.data() : CurveSampler.sample(settings);
        frame.set(new CurvesFrame(settings, data, CurvesFigureBuilder.build(settings, data)));
    }

    private static boolean sameSamples(CurvesSettings a, CurvesSettings b) {
        return a.functions().equals(b.functions()) && a.from() == b.from() && a.to() == b.to()
                && a.points() == b.points();
    }
}
