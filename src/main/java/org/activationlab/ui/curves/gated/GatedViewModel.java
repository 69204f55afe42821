package org.activationlab.ui.curves.gated;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activationlab.model.Gate;
import org.activationlab.plot.Figure;
import org.activationlab.plot.studies.GatedFigures;
import org.activationlab.plot.studies.GatedGrid;
import org.activationlab.ui.BackgroundBuild;
import org.activationlab.ui.problems.ProblemSource;

/**
 * The two-input view's model: one {@link GatedState} is its only truth; the view sends intents
 * that make the next state (an intent that leaves the state equal changes nothing), and the
 * sampled grid and the four figures follow the state, built off the FX thread by a
 * {@link BackgroundBuild} (the newest state wins; {@link #isBuilding()} says whether what is shown
 * is behind the state).
 */
public final class GatedViewModel {
    /** Grid nodes along a and along b. */
    public static final int NODES = 121;

    private final ReadOnlyObjectWrapper<GatedState> state = new ReadOnlyObjectWrapper<>(this, "state",
            GatedState.INITIAL);
    private final ReadOnlyObjectWrapper<Built> built = new ReadOnlyObjectWrapper<>(this, "built");
    private final BackgroundBuild<GatedState, Built> figures;

    /**
     * The grid and figures of one state, built together off the FX thread.
     *
     * @param state the state they show
     * @param grid h and its partials at {@value #NODES} x {@value #NODES} nodes (the CSV)
     * @param surface h over (a, b)
     * @param partials dh/da and dh/db over (a, b)
     * @param slice h(1, b) = g(b)
     * @param diagonal x g(x) beside related element-wise functions
     */
    public record Built(GatedState state, GatedGrid grid, Figure surface, Figure partials, Figure slice,
                        Figure diagonal) {
    }

    /** Builds on a lane of its own, stopped by {@link #dispose()}, and publishes on the FX thread. */
    public GatedViewModel() {
        figures = new BackgroundBuild<>("gated-figures", ProblemSource.FIGURE, GatedViewModel::build, built::set);
        followState();
    }

    /**
     * Builds on {@code worker}, one at a time, and publishes through {@code fxThread} (in a test,
     * {@code Runnable::run} for both builds at once).
     */
    public GatedViewModel(Executor worker, Executor fxThread) {
        figures = new BackgroundBuild<>(worker, fxThread, GatedViewModel::build, built::set);
        followState();
    }

    private void followState() {
        state.addListener((obs, old, now) -> {
            if (!now.withShowing(old.showing()).equals(old)) {
                figures.request(now);
            }
        });
        figures.request(state.get());
    }

    public ReadOnlyObjectProperty<GatedState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public GatedState getState() {
        return state.get();
    }

    /** The newest grid and figures published (null until the first build is done). */
    public ReadOnlyObjectProperty<Built> builtProperty() {
        return built.getReadOnlyProperty();
    }

    public Built getBuilt() {
        return built.get();
    }

    /** Whether the grid and figures for the newest state are being built. */
    public ReadOnlyBooleanProperty buildingProperty() {
        return figures.busyProperty();
    }

    public boolean isBuilding() {
        return figures.isBusy();
    }

    public void setUnit(Gate unit) {
        update(s -> s.withUnit(unit));
    }

    public void setAMin(double v) {
        update(s -> s.withAMin(v));
    }

    public void setAMax(double v) {
        update(s -> s.withAMax(v));
    }

    public void setBMin(double v) {
        update(s -> s.withBMin(v));
    }

    public void setBMax(double v) {
        update(s -> s.withBMax(v));
    }

    /** Shows the gated units in the Curves tab, or the element-wise functions. */
    public void setShowing(boolean showing) {
        update(s -> s.withShowing(showing));
    }

    /** Puts {@code saved} back, e.g. from a session file. */
    public void restore(GatedState saved) {
        update(s -> Objects.requireNonNull(saved, "saved"));
    }

    /** Makes the next state from the current one; a state equal to the current one changes nothing. */
    public void update(UnaryOperator<GatedState> change) {
        GatedState next = change.apply(state.get());
        if (!next.equals(state.get())) {
            state.set(next);
        }
    }

    /** Builds the figures again for the same settings, e.g. in a new language. */
    public void rebuildFigures() {
        figures.request(state.get());
    }

    /** Stops building (the window closes). */
    public void dispose() {
        figures.stop();
    }

    /** The grid and the four figures of {@code s}. */
    static Built build(GatedState s) {
        GatedGrid grid = GatedGrid.sample(s.unit(), s.aMin(), s.aMax(), s.bMin(), s.bMax(), NODES);
        double lo = Math.min(s.aMin(), s.bMin());
        double hi = Math.max(s.aMax(), s.bMax());
        return new Built(s, grid, GatedFigures.surface(grid), GatedFigures.partials(grid),
                GatedFigures.slice(s.unit(), s.bMin(), s.bMax()), GatedFigures.diagonal(s.unit(), lo, hi));
    }
}
