package org.activationlab.ui.properties;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationProperties;

/**
 * Computes the properties of edited functions one at a time in the background, keeping only the
 * newest parameters of each function while an analysis runs: a slider dragged through fifty
 * values costs two analyses, the first and the last.
 *
 * <p>Every method and every callback runs on the thread of the {@code results} executor (the
 * JavaFX application thread in the app); only the analyzer runs on the worker.
 */
public final class PropertyAnalysisQueue {
    private final Function<Activation, ActivationProperties> analyzer;
    private final Executor worker;
    private final Executor results;
    private final Consumer<ActivationProperties> onResult;
    private final Consumer<Throwable> onFailure;
    /** The newest activation of each function not yet analysed, oldest request first. */
    private final Map<String, Activation> pending = new LinkedHashMap<>();
    private boolean running;
    /** Set by {@link #close()}, which the app's shutdown may call from another thread. */
    private volatile boolean closed;

    /**
     * @param analyzer computes the properties of one function (called on the worker)
     * @param worker runs the analyses, one at a time
     * @param results runs the callbacks (e.g. {@code Platform::runLater})
     * @param onResult receives each computed row
     * @param onFailure receives what an analysis threw
     */
    public PropertyAnalysisQueue(Function<Activation, ActivationProperties> analyzer, Executor worker, Executor results,
                                 Consumer<ActivationProperties> onResult, Consumer<Throwable> onFailure) {
        this.analyzer = analyzer;
        this.worker = worker;
        this.results = results;
        this.onResult = onResult;
        this.onFailure = onFailure;
    }

    /** Asks for the properties of {@code activation}; replaces an older request for the same function not yet started. */
    public void submit(Activation activation) {
        if (closed) {
            return;
        }
        pending.remove(activation.name());
        pending.put(activation.name(), activation);
        if (!running) {
            startNext();
        }
    }

    /** Whether an analysis is running or waiting. */
    public boolean busy() {
        return running || !pending.isEmpty();
    }

    /**
     * Stops for good, before the worker is shut down: the analyses waiting are dropped, and the one
     * running, when it ends, delivers nothing and starts no other (the worker would refuse it).
     */
    public void close() {
        closed = true;
        pending.clear();
    }

    private void startNext() {
        Iterator<Activation> oldest = pending.values().iterator();
        if (!oldest.hasNext()) {
            return;
        }
        Activation next = oldest.next();
        oldest.remove();
        running = true;
        try {
            worker.execute(() -> analyse(next));
        } catch (RejectedExecutionException e) {
            running = false;
            if (!closed) {
                throw e;
            }
        }
    }

    /** Runs on the worker: analyses {@code next} and hands the row (or the failure) back. */
    private void analyse(Activation next) {
        ActivationProperties row;
        try {
            row = analyzer.apply(next);
        } catch (RuntimeException e) {
            results.execute(() -> finish(() -> onFailure.accept(e)));
            return;
        }
        results.execute(() -> finish(() -> onResult.accept(row)));
    }

    private void finish(Runnable callback) {
        running = false;
        if (closed) {
            return;
        }
        try {
            callback.run();
        } finally {
            startNext();
        }
    }
}
