package org.activationlab.ui.shootout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationlab.export.AtomicFiles;
import org.activationlab.export.ExportException;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutCsv;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.ShootoutRunner;
import org.activationlab.shootout.SummaryRow;
import org.activationlab.shootout.Verdicts;
import org.activationlab.ui.Background;
import org.activationlab.ui.Messages;
import org.activationlab.ui.problems.ProblemSource;

/**
 * The Shoot-out tab without its controls: the settings ({@link ShootoutState}), running them as a
 * {@link ShootoutRunner} shoot-out in the background, the progress (runs done, total, time left),
 * and the results, which grow as runs finish: the summary rows and the verdict sentences of the
 * runs finished so far. Cancel keeps the finished runs.
 *
 * <p>Threads: the whole shoot-out is one task on a lane of its own (the runner waits there for its
 * runs), and the runs go on a pool of one thread per core; both come from {@link Background}.
 * {@link #dispose()} cancels before it stops them, so the runner's wait never meets a dropped run.
 */
public final class ShootoutViewModel {
    private final ReadOnlyObjectWrapper<ShootoutState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<ShootoutResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<Double> progress = new ReadOnlyObjectWrapper<>(this, "progress", 0.0);
    private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> verdicts = FXCollections.observableArrayList();
    private final ExecutorService driver = Background.shared().lane("shootout", ProblemSource.TRAINING);
    private final ExecutorService runs = Background.shared().pool("shootout-runs",
            Runtime.getRuntime().availableProcessors(), ProblemSource.TRAINING);
    private final ExecutorService summaries = Background.shared().lane("shootout-summary", ProblemSource.TRAINING);
    private final Consumer<String> status;
    private AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param initial the first settings
     * @param status shows a one-line message to the user
     */
    public ShootoutViewModel(ShootoutState initial, Consumer<String> status) {
        state.set(Objects.requireNonNull(initial, "initial"));
        this.status = status;
    }

    public ReadOnlyObjectProperty<ShootoutState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ShootoutState getState() {
        return state.get();
    }

    /** Changes the settings (on the JavaFX thread); they apply to the next run. */
    public void update(UnaryOperator<ShootoutState> change) {
        state.set(Objects.requireNonNull(change.apply(state.get())));
    }

    /** Whether a shoot-out is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** The finished runs of the last shoot-out, growing while it runs; null before the first. */
    public ReadOnlyObjectProperty<ShootoutResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Per task and activation, the statistics of {@link #resultProperty()}'s runs. */
    public ObservableList<SummaryRow> rows() {
        return rows;
    }

    /** The verdict sentences of {@link #resultProperty()}'s runs, in the current language. */
    public ObservableList<String> verdicts() {
        return verdicts;
    }

    /** Runs done as a share of the total, 0 to 1. */
    public ReadOnlyObjectProperty<Double> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Runs done, the total and the time left, or how the last shoot-out ended. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Starts the shoot-out of the current settings, when none runs and there is something to run. */
    public void run() {
        if (busy.get() || !state.get().runnable()) {
            return;
        }
        ShootoutPlan plan = state.get().plan();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        busy.set(true);
        progress.set(0.0);
        progressText.set(Messages.format(ShootoutKeys.PROGRESS, "0", Integer.toString(plan.runCount()), "?"));
        show(Shown.of(new ShootoutResult(plan, List.of(), false), false));
        List<RunResult> finished = new ArrayList<>();
        AtomicBoolean updatePending = new AtomicBoolean();
        long start = System.nanoTime();
        driver.execute(() -> {
            ShootoutResult outcome;
            try {
                outcome = ShootoutRunner.run(plan, runs, stop::get, (run, done, total) -> {
                    synchronized (finished) {
                        finished.add(run);
                    }
                    long left = Math.round((System.nanoTime() - start) / 1e9 * (total - done) / done);
                    if (updatePending.compareAndSet(false, true)) {
                        summaries.execute(() -> summarizeLive(plan, finished, updatePending, stop));
                    }
                    Platform.runLater(() -> {
                        if (!stop.get() && busy.get()) {
                            progress.set((double) done / total);
                            progressText.set(Messages.format(ShootoutKeys.PROGRESS, Integer.toString(done),
                                    Integer.toString(total), Long.toString(left)));
                        }
                    });
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> busy.set(false));
                throw e;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Shown shown = Shown.of(outcome, true);
            Platform.runLater(() -> finish(shown, seconds));
        });
    }

    /** Stops the running shoot-out; the runs finished so far stay. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Writes the summary table of the shown results as CSV ({@link ShootoutCsv#summary}) to {@code file}, in the background. */
    public void exportSummary(Path file) {
        ShootoutResult shown = result.get();
        if (shown == null || busy.get()) {
            return;
        }
        String csv = ShootoutCsv.summary(shown);
        driver.execute(() -> {
            try {
                AtomicFiles.writeText(file, out -> out.write(csv));
                Platform.runLater(() -> status.accept(Messages.format(ShootoutKeys.EXPORTED, file.toString())));
            } catch (ExportException e) {
                Platform.runLater(() -> status.accept(Messages.format(ShootoutKeys.EXPORT_FAILED, e.getMessage())));
            }
        });
    }

    /** Shows the verdicts again in the current language (after View &gt; Language). */
    public void rebuildTexts() {
        if (result.get() != null) {
            verdicts.setAll(busy.get() ? List.of() : Verdicts.of(result.get(), Locale.getDefault()));
        }
    }

    /** Cancels the running shoot-out, then stops the threads. */
    public void dispose() {
        cancel();
        Background.shared().stop(driver);
        Background.shared().stop(runs);
        Background.shared().stop(summaries);
    }

    /** Summarises the runs finished so far and shows them, unless the shoot-out has ended meanwhile. */
    private void summarizeLive(ShootoutPlan plan, List<RunResult> finished, AtomicBoolean updatePending,
                               AtomicBoolean stop) {
        updatePending.set(false);
        List<RunResult> sorted;
        synchronized (finished) {
            sorted = new ArrayList<>(finished);
        }
        sorted.sort(Comparator.comparingInt(r -> r.key().index()));
        Shown shown = Shown.of(new ShootoutResult(plan, sorted, false), false);
        Platform.runLater(() -> {
            if (busy.get() && cancelled == stop) {
                show(shown);
            }
        });
    }

    private void finish(Shown shown, double seconds) {
        busy.set(false);
        show(shown);
        ShootoutResult outcome = shown.result();
        int total = outcome.plan().runCount();
        progress.set((double) outcome.runs().size() / total);
        String time = Long.toString(Math.round(seconds));
        progressText.set(outcome.complete()
                ? Messages.format(ShootoutKeys.DONE, Integer.toString(total), time)
                : Messages.format(ShootoutKeys.CANCELLED, Integer.toString(outcome.runs().size()), Integer.toString(total)));
    }

    private void show(Shown shown) {
        result.set(shown.result());
        rows.setAll(shown.rows());
        verdicts.setAll(shown.verdicts());
    }

    /**
     * What the tab shows of a result, computed off the JavaFX thread (the bootstrap intervals take a
     * while with many seeds): the rows of the contenders that have runs, and the verdicts once the
     * shoot-out has ended (while it runs, a contender without runs yet would read as "no difference").
     */
    private record Shown(ShootoutResult result, List<SummaryRow> rows, List<String> verdicts) {
        static Shown of(ShootoutResult result, boolean ended) {
            List<SummaryRow> rows = SummaryRow.of(result).stream().filter(r -> r.runs() > 0).toList();
            return new Shown(result, rows, ended && !result.runs().isEmpty()
                    ? Verdicts.of(result, Locale.getDefault()) : List.of());
        }
    }
}
