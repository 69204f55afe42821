package org.activationlab.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activationlab.ui.problems.ProblemSource;

/**
 * The skeleton of a study view model whose one truth is an immutable state: the view sends
 * intents that make the next state through {@link #update} (an intent that leaves the state equal
 * changes nothing), and what the view shows of the state (its figures) is built off the FX thread
 * by a {@link BackgroundBuild}: the newest state wins, and {@link #isBuilding()} says whether what
 * is shown is behind the state. A subclass gives the build and {@link #publish publishes} its
 * result, may {@link #follow follow} a change on the FX thread and skip the build for a change its
 * figures do not show, and calls {@link #followState()} once, at the end of its constructor.
 *
 * @param <S> the state (immutable, with value equality)
 * @param <R> what is built from a state (immutable: it crosses threads)
 */
public abstract class StateViewModel<S, R> {
    private final ReadOnlyObjectWrapper<S> state;
    private final BackgroundBuild<S, R> figures;

    /**
     * Builds on a {@link Background} lane called {@code lane} (stopped by {@link #dispose()}),
     * reporting failures as a figure's, and publishes on the FX thread.
     */
    protected StateViewModel(S initial, String lane, Function<? super S, ? extends R> build) {
        state = new ReadOnlyObjectWrapper<>(this, "state", Objects.requireNonNull(initial, "initial"));
        figures = new BackgroundBuild<>(lane, ProblemSource.FIGURE, build, this::publish);
    }

    /**
     * Builds on {@code worker}, one at a time, and publishes through {@code fxThread} (in a test,
     * {@code Runnable::run} for both builds at once).
     */
    protected StateViewModel(S initial, Executor worker, Executor fxThread, Function<? super S, ? extends R> build) {
        state = new ReadOnlyObjectWrapper<>(this, "state", Objects.requireNonNull(initial, "initial"));
        figures = new BackgroundBuild<>(worker, fxThread, build, this::publish);
    }

    /** Builds for the current state now and for every new state from then on; call once, when the subclass is made. */
    protected final void followState() {
        state.addListener((obs, old, now) -> {
            if (follow(old, now)) {
                figures.request(now);
            }
        });
        figures.request(state.get());
    }

    /**
     * Updates, on the FX thread, what follows from the state apart from the built result, and says
     * whether the result must be built for {@code now}; by default it only says yes.
     */
    protected boolean follow(S old, S now) {
        return true;
    }

    /** Shows {@code built}, the result of the newest state (on the FX thread). */
    protected abstract void publish(R built);

    /** The view's state. */
    public final ReadOnlyObjectProperty<S> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public final S getState() {
        return state.get();
    }

    /** Whether what is built for the newest state is being built (what is shown is older until it is published). */
    public final ReadOnlyBooleanProperty buildingProperty() {
        return figures.busyProperty();
    }

    public final boolean isBuilding() {
        return figures.isBusy();
    }

    /** Makes the next state from the current one; a state equal to the current one changes nothing. */
    public final void update(UnaryOperator<S> change) {
        S next = change.apply(state.get());
        if (!next.equals(state.get())) {
            state.set(next);
        }
    }

    /** Puts {@code saved} back, e.g. from a session file. */
    public final void restore(S saved) {
        Objects.requireNonNull(saved, "saved");
        update(s -> saved);
    }

    /** Builds again for the same state, e.g. in a new language. */
    public final void rebuildFigures() {
        figures.request(state.get());
    }

    /** Stops building (the window closes). */
    public final void dispose() {
        figures.stop();
    }
}
