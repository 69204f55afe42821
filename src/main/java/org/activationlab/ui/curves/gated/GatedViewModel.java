package org.activationlab.ui.curves.gated;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activationlab.model.Gate;
import org.activationlab.plot.Figure;
import org.activationlab.plot.studies.GatedFigures;
import org.activationlab.plot.studies.GatedFigures.View;
import org.activationlab.plot.studies.GatedGrid;
import org.activationlab.ui.StateViewModel;

/**
 * The two-input view's model: one {@link GatedState} is its only truth ({@link StateViewModel});
 * the sampled grid and the four figures follow the state, built together off the FX thread, but
 * not for a change of which view the Curves tab shows.
 */
public final class GatedViewModel extends StateViewModel<GatedState, GatedViewModel.Built> {
    private final ReadOnlyObjectWrapper<Built> built = new ReadOnlyObjectWrapper<>(this, "built");

    /**
     * The grid and figures of one state, built together off the FX thread.
     *
     * @param state the state they show
     * @param grid h and its partials at {@value GatedGrid#NODES} x {@value GatedGrid#NODES} nodes (the CSV)
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
        super(GatedState.INITIAL, "gated-figures", GatedViewModel::build);
        followState();
    }

    /**
     * Builds on {@code worker}, one at a time, and publishes through {@code fxThread} (in a test,
     * {@code Runnable::run} for both builds at once).
     */
    public GatedViewModel(Executor worker, Executor fxThread) {
        super(GatedState.INITIAL, worker, fxThread, GatedViewModel::build);
        followState();
    }

    /** Whether {@code now} differs from {@code old} in more than which view the tab shows. */
    @Override
    protected boolean follow(GatedState old, GatedState now) {
        return !now.withShowing(old.showing()).equals(old);
    }

    @Override
    protected void publish(Built b) {
        built.set(b);
    }

    /** The newest grid and figures published (null until the first build is done). */
    public ReadOnlyObjectProperty<Built> builtProperty() {
        return built.getReadOnlyProperty();
    }

    public Built getBuilt() {
        return built.get();
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

    /** The grid and the four figures of {@code s}. */
    static Built build(GatedState s) {
        GatedGrid grid = GatedGrid.sample(s.unit(), s.aMin(), s.aMax(), s.bMin(), s.bMax(), GatedGrid.NODES);
        return new Built(s, grid, GatedFigures.of(View.MAP, grid), GatedFigures.of(View.PARTIALS, grid),
                GatedFigures.of(View.SLICE, grid), GatedFigures.of(View.DIAGONAL, grid));
    }
}
