package org.activationlab.ui.shootout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
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
import org.activationlab.shootout.Contender;
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
    /**
     * Reads the CSV files added as tasks, off the JavaFX thread: a file of the most rows allowed
     * ({@link org.activationlab.nn.DataCsv#MAX_ROWS}) took half a second to read the first time.
     */
    private final ExecutorService fileReader = Background.shared().lane("shootout-files", ProblemSource.TRAINING);
    private final ReadOnlyBooleanWrapper readingFile = new ReadOnlyBooleanWrapper(this, "readingFile");
    private final Function<Path, TaskFile> reader;
    private final Consumer<String> status;
    /**
     * The flag of the shoot-out or restored result shown last: true stops it, and work it started
     * shows nothing once another took its place.
     */
    private AtomicBoolean cancelled = new AtomicBoolean();
    /** The settings the shown result was run with, null before the first. */
    private ShootoutState ranWith;

    /**
     * @param initial the first settings
     * @param status shows a one-line message to the user
     */
    public ShootoutViewModel(ShootoutState initial, Consumer<String> status) {
        this(initial, status, TaskFile::read);
    }

    /**
     * @param reader reads a CSV file added as a task ({@link TaskFile#read} but in tests)
     */
    ShootoutViewModel(ShootoutState initial, Consumer<String> status, Function<Path, TaskFile> reader) {
        state.set(Objects.requireNonNull(initial, "initial"));
        this.status = status;
        this.reader = Objects.requireNonNull(reader, "reader");
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

    /**
     * Reads {@code path} in the background, then gives what was read (its points, or why they could
     * not be read) to {@code done} on the JavaFX thread; {@link #readingFileProperty()} is true
     * meanwhile. One file is read at a time.
     */
    public void readFile(Path path, Consumer<TaskFile> done) {
        if (readingFile.get()) {
            return;
        }
        readingFile.set(true);
        fileReader.execute(() -> {
            try {
                TaskFile file = reader.apply(path);
                Platform.runLater(() -> done.accept(file));
            } finally {
                Platform.runLater(() -> readingFile.set(false));
            }
        });
    }

    /** Whether a CSV file added as a task is being read. */
    public ReadOnlyBooleanProperty readingFileProperty() {
        return readingFile.getReadOnlyProperty();
    }

    public boolean isReadingFile() {
        return readingFile.get();
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
        ranWith = state.get();
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
            Platform.runLater(() -> {
                if (cancelled == stop) {
                    finish(shown, seconds);
                } else {
                    busy.set(false);
                }
            });
        });
    }

    /**
     * The shown result, for a session to keep: present when it has runs and was run with the current
     * settings (after a setting changed, the runs shown are no longer those of the settings a session
     * keeps) and {@code fits} a session file; one that does not fit is left out and the progress line
     * says so. While a shoot-out runs, the runs finished so far.
     */
    public Optional<ShootoutResult> resultForSession(Predicate<ShootoutResult> fits) {
        ShootoutResult shown = result.get();
        if (shown == null || shown.runs().isEmpty() || !state.get().equals(ranWith)) {
            return Optional.empty();
        }
        if (!fits.test(shown)) {
            progressText.set(Messages.format(ShootoutKeys.TOO_MANY_TO_KEEP, Integer.toString(shown.runs().size())));
            return Optional.empty();
        }
        return Optional.of(shown);
    }

    /**
     * Puts a session's Shoot-out tab back (on the JavaFX thread): the settings become {@code settings}
     * and {@code results}, runs made with them, show as they were when saved (a running shoot-out
     * stops): the runs and figures at once, the summary and verdicts once computed again in the
     * background. The progress line says the results were loaded, or why the session's results were
     * refused. Without results, the results shown stay (a session of 0.1.0, saved before any run).
     *
     * @param results runs of {@code settings}' plan
     * @param refusal why the session's results were not loaded, naming the field
     */
    public void restore(ShootoutState settings, Optional<ShootoutResult> results, Optional<String> refusal) {
        state.set(Objects.requireNonNull(settings, "settings"));
        refusal.ifPresent(why -> progressText.set(Messages.format(ShootoutKeys.RESULTS_REFUSED, why)));
        if (results.isEmpty()) {
            if (!busy.get()) {
                cancelled = new AtomicBoolean();
            }
            return;
        }
        cancel();
        ShootoutResult loaded = results.get();
        AtomicBoolean token = new AtomicBoolean();
        cancelled = token;
        ranWith = settings;
        rows.clear();
        verdicts.clear();
        result.set(loaded);
        int total = loaded.plan().runCount();
        progress.set((double) loaded.runs().size() / total);
        progressText.set(loaded.complete() ? Messages.format(ShootoutKeys.LOADED, Integer.toString(total))
                : Messages.format(ShootoutKeys.LOADED_PARTIAL, Integer.toString(loaded.runs().size()),
                Integer.toString(total)));
        summaries.execute(() -> {
            Shown shown = Shown.of(loaded, true);
            Platform.runLater(() -> {
                if (cancelled == token) {
                    show(shown);
                }
            });
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
            verdicts.setAll(busy.get() ? List.of() : Verdicts.of(result.get(), Locale.getDefault(),
                    ShootoutViewModel::nameOf));
        }
    }

    /**
     * How the tab names a contender: its display name in the current language with its parameters, as
     * the Curves tab does ("Leaky ReLU (slope = 0.2)"); files keep the command line's {@link Contender#label}.
     */
    public static String nameOf(Contender contender) {
        return contender.spec().displayNameWithParameters();
    }

    /** Cancels the running shoot-out, then stops the threads. */
    public void dispose() {
        cancel();
        Background.shared().stop(driver);
        Background.shared().stop(runs);
        Background.shared().stop(summaries);
        Background.shared().stop(fileReader);
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
                    ? Verdicts.of(result, Locale.getDefault(), ShootoutViewModel::nameOf) : List.of());
        }
    }
}
