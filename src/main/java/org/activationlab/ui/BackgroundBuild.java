package org.activationlab.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.activationlab.ui.problems.ProblemSource;

/**
 * Builds what a view shows (its figures) from its view model's state off the JavaFX thread, the
 * newest state winning: a request made while an older one waits makes the older one a no-op, and
 * a result is handed to the view model (on the JavaFX thread) only if no newer request was made
 * since. A slider dragged fast therefore costs one build per free moment of the worker, and the
 * figure shown is always that of the newest state once {@link #busyProperty() busy} is false.
 *
 * <p>A build that throws is reported as a failure of its {@link ProblemSource} (the banner and the
 * log) by the {@link Background} lane it runs on; {@code busy} is then cleared so that the view
 * keeps its last good figure and goes on with the next request.
 *
 * <p>Requests and results are used on the JavaFX application thread.
 *
 * @param <S> the state a result is built from (immutable: it crosses threads)
 * @param <R> the result (immutable, e.g. a {@link org.activationlab.plot.Figure})
 */
public final class BackgroundBuild<S, R> {
    private final Function<? super S, ? extends R> build;
    private final Consumer<? super R> publish;
    private final Executor worker;
    private final Executor fxThread;
    /** The lane made for this build, stopped by {@link #stop()}; null when the worker was given. */
    private final ExecutorService ownLane;
    private final AtomicLong newest = new AtomicLong();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * Builds on a {@link Background} lane called {@code name}, reporting failures as
     * {@code source}'s, and publishes with {@link Platform#runLater}.
     */
    public BackgroundBuild(String name, ProblemSource source, Function<? super S, ? extends R> build,
                           Consumer<? super R> publish) {
        this(Background.shared().lane(name, source), true, Platform::runLater, build, publish);
    }

    /**
     * @param worker runs the builds, one at a time (a lane)
     * @param fxThread runs the publishing (e.g. {@code Platform::runLater}, or {@code Runnable::run} in a test)
     */
    public BackgroundBuild(Executor worker, Executor fxThread, Function<? super S, ? extends R> build,
                           Consumer<? super R> publish) {
        this(worker, false, fxThread, build, publish);
    }

    private BackgroundBuild(Executor worker, boolean ownsWorker, Executor fxThread,
                            Function<? super S, ? extends R> build, Consumer<? super R> publish) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.ownLane = ownsWorker ? (ExecutorService) worker : null;
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.build = Objects.requireNonNull(build, "build");
        this.publish = Objects.requireNonNull(publish, "publish");
    }

    /** Builds the result of {@code state} in the background; older requests not yet built are dropped. */
    public void request(S state) {
        long id = newest.incrementAndGet();
        busy.set(true);
        worker.execute(() -> {
            if (id != newest.get()) {
                return;
            }
            R result;
            try {
                result = build.apply(state);
            } catch (RuntimeException | Error failure) {
                fxThread.execute(() -> finished(id));
                throw failure;
            }
            fxThread.execute(() -> {
                if (id == newest.get()) {
                    publish.accept(result);
                }
                finished(id);
            });
        });
    }

    /** True from a request until the newest request's result is published (or its build failed). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Drops any waiting request and stops the lane made for this build, if any (the view model closes). */
    public void stop() {
        newest.incrementAndGet();
        if (ownLane != null) {
            Background.shared().stop(ownLane);
        }
        busy.set(false);
    }

    private void finished(long id) {
        if (id == newest.get()) {
            busy.set(false);
        }
    }
}
