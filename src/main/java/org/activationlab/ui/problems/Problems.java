package org.activationlab.ui.problems;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where every failure goes, whatever thread it happened on, so that none is silent: the stack
 * trace is written to the {@link ProblemLog}, then, on the JavaFX thread, the problem becomes the
 * {@link #currentProperty() current} one (the window's banner shows it) and every listener hears
 * of it (the Training tab stops playing). The same failure again while its banner shows (a
 * figure that fails at every frame) is neither logged nor announced again.
 *
 * <p>One instance per process ({@link #shared()}), like the threads of {@code Background}: the
 * threads and the JavaFX thread's handler report to it.
 */
public final class Problems {
    private static final Problems SHARED = new Problems(new ProblemLog(ProblemLog.defaultFolder()));

    private volatile ProblemLog log;
    private final ReadOnlyObjectWrapper<Problem> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final List<Consumer<Problem>> listeners = new CopyOnWriteArrayList<>();
    private Problem lastLogged;

    Problems(ProblemLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The instance every part of the app reports to. */
    public static Problems shared() {
        return SHARED;
    }

    /** Writes from now on to {@code newLog} (tests use a temporary folder). */
    public void useLog(ProblemLog newLog) {
        ProblemLog old = log;
        log = Objects.requireNonNull(newLog, "newLog");
        old.close();
    }

    /** The log the stack traces go to. */
    public ProblemLog log() {
        return log;
    }

    /**
     * Logs {@code failure} and shows it as a failure of {@code source}. Any thread; never throws.
     */
    public void report(ProblemSource source, Throwable failure) {
        Problem problem = Problem.of(source, failure);
        if (isRepeat(problem)) {
            return;
        }
        Optional<String> unwritten = log.write(source.name() + " failed on thread " + Thread.currentThread().getName(),
                failure);
        unwritten.ifPresent(why -> System.getLogger(Problems.class.getName()).log(System.Logger.Level.ERROR,
                "cannot write the log (" + why + ")", failure));
        if (Platform.isFxApplicationThread()) {
            announce(problem);
        } else {
            try {
                Platform.runLater(() -> announce(problem));
            } catch (IllegalStateException toolkitGone) {
                // Closing: the log has it, and there is no window left to tell.
            }
        }
    }

    private synchronized boolean isRepeat(Problem problem) {
        if (problem.equals(lastLogged)) {
            return true;
        }
        lastLogged = problem;
        return false;
    }

    private void announce(Problem problem) {
        current.set(problem);
        for (Consumer<Problem> listener : listeners) {
            listener.accept(problem);
        }
    }

    /** The problem the banner shows, null when none (or once dismissed). JavaFX thread. */
    public ReadOnlyObjectProperty<Problem> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Hides the current problem; the same failure will be reported again if it happens again. JavaFX thread. */
    public void dismiss() {
        current.set(null);
        synchronized (this) {
            lastLogged = null;
        }
    }

    /** Calls {@code listener} on the JavaFX thread with every problem announced. */
    public void addListener(Consumer<Problem> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops calling {@code listener}. */
    public void removeListener(Consumer<Problem> listener) {
        listeners.remove(listener);
    }

    /** The newest log file's text, if anything was logged. */
    public Optional<String> newestLog() throws IOException {
        return log.newestText();
    }

    /**
     * Reports every uncaught exception, on the JavaFX thread (an event handler that throws) as on
     * any other, as a failure of the window.
     */
    public void catchUncaught() {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> report(ProblemSource.WINDOW, failure));
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> report(ProblemSource.WINDOW, failure));
        }
    }
}
