package org.activationlab.ui.depth;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.BornDead;
import org.activationlab.nn.depth.BornDeadConfig;
import org.activationlab.nn.depth.BornDeadCurve;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.nn.depth.DepthResult;
import org.activationlab.nn.depth.DepthStudy;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.plot.Figure;
import org.activationlab.plot.SeriesTable;
import org.activationlab.plot.studies.BornDeadFigure;
import org.activationlab.plot.studies.DepthFigure;
import org.activationlab.ui.Background;
import org.activationlab.ui.BackgroundBuild;
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.problems.ProblemSource;

/**
 * The Depth tab's model: one {@link DepthState} is its only truth; the view sends intents that
 * make the next state (an intent that leaves the state equal changes nothing, one the state
 * refuses shows its reason in {@link #errorProperty()}). Once {@link #start() started}, the depth
 * study and the born-dead curve follow the state, each computed off the JavaFX thread by a
 * {@link BackgroundBuild} (the newest state wins; a study made stale is interrupted), on a
 * fork/join pool whose threads also run their parallel streams; their figures are built from the
 * results by a third one.
 */
public final class DepthViewModel {
    /** The name of the threads that compute the study and the born-dead curve. */
    static final String STUDY_THREADS = "depth-study";

    private final Consumer<String> status;
    private final ExecutorService pool = Background.shared().forkJoinPool(STUDY_THREADS, ProblemSource.DEPTH_STUDY);
    /** The study and the curve being computed, each interrupted when a newer one is requested. */
    private final AtomicReference<FutureTask<?>> runningStudy = new AtomicReference<>();
    private final AtomicReference<FutureTask<?>> runningBornDead = new AtomicReference<>();
    private final BackgroundBuild<DepthConfig, DepthResult> studies;
    private final BackgroundBuild<BornDeadConfig, BornDeadCurve> bornDeads;
    private final BackgroundBuild<Results, Figures> figures;

    private final ReadOnlyObjectWrapper<DepthState> state = new ReadOnlyObjectWrapper<>(this, "state",
            DepthState.INITIAL);
    private final ReadOnlyObjectWrapper<DepthResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<BornDeadCurve> bornDead = new ReadOnlyObjectWrapper<>(this, "bornDead");
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyObjectWrapper<Figure> bornDeadFigure = new ReadOnlyObjectWrapper<>(this, "bornDeadFigure");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanExpression building;
    private boolean started;

    /** The results the figures are built from; either may be null before its first computation. */
    private record Results(DepthResult study, BornDeadCurve bornDead) {
    }

    /** The two figures; either is null when its result is. */
    private record Figures(Figure study, Figure bornDead) {
    }

    /**
     * Starts at {@link DepthState#INITIAL}; nothing is computed until {@link #start()}.
     *
     * @param status shows a one-line message to the user
     */
    public DepthViewModel(Consumer<String> status) {
        this.status = Objects.requireNonNull(status, "status");
        studies = new BackgroundBuild<>("depth-study-runs", ProblemSource.DEPTH_STUDY, this::computeStudy,
                this::showResult);
        bornDeads = new BackgroundBuild<>("born-dead-runs", ProblemSource.DEPTH_STUDY,
                c -> inPool(() -> BornDead.estimate(c), runningBornDead), this::showBornDead);
        figures = new BackgroundBuild<>("depth-figures", ProblemSource.DEPTH_STUDY, DepthViewModel::buildFigures,
                this::showFigures);
        building = studies.busyProperty().or(bornDeads.busyProperty()).or(figures.busyProperty());
        state.addListener((obs, old, now) -> {
            if (started && !old.sameStudy(now)) {
                requestStudy();
            }
            if (started && !old.sameBornDead(now)) {
                requestBornDead();
            }
        });
    }

    /** Computes the study and the born-dead curve, and from then on whenever the state changes. Calls after the first do nothing. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        requestStudy();
        requestBornDead();
    }

    /** Builds the figures again from the results computed, e.g. in a new language; nothing is recomputed. */
    public void rebuildFigures() {
        if (result.get() != null || bornDead.get() != null) {
            figures.request(new Results(result.get(), bornDead.get()));
        }
    }

    /** Stops the background work, interrupting what runs. */
    public void dispose() {
        studies.stop();
        bornDeads.stop();
        figures.stop();
        Background.shared().stop(pool);
    }

    /** The tab's settings. */
    public ReadOnlyObjectProperty<DepthState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public DepthState getState() {
        return state.get();
    }

    /** The claim whose settings the state has, if any. */
    public Optional<DepthPreset> getPreset() {
        return DepthPreset.matching(state.get());
    }

    /** Makes the next state from the current one; a state equal to it changes nothing, a refused one shows why. */
    public void update(UnaryOperator<DepthState> change) {
        DepthState next;
        try {
            next = change.apply(state.get());
        } catch (IllegalArgumentException refused) {
            error.set(refused.getMessage());
            return;
        }
        error.set("");
        if (!next.equals(state.get())) {
            state.set(next);
        }
    }

    /** Puts {@code saved} back, e.g. from a session file. */
    public void restore(DepthState saved) {
        Objects.requireNonNull(saved, "saved");
        update(s -> saved);
    }

    /** Applies the claim {@code p} (the seed and the born-dead settings stay). */
    public void applyPreset(DepthPreset p) {
        update(p::apply);
    }

    /** Makes every layer use {@code a}. */
    public void setActivation(Activation a) {
        update(s -> s.withActivation(ActivationSpec.of(a)));
    }

    public void setInit(WeightInit w) {
        update(s -> s.withInit(w));
    }

    /** Sets the standard deviation of normal weights (a number &gt; 0). */
    public void setStd(double std) {
        update(s -> s.withStd(std));
    }

    public void setLayers(int layers) {
        update(s -> s.withLayers(layers));
    }

    public void setWidth(int width) {
        update(s -> s.withWidth(width));
    }

    public void setBatchNorm(BatchNormMode m) {
        update(s -> s.withBatchNorm(m));
    }

    public void setSeed(long seed) {
        update(s -> s.withSeed(seed));
    }

    public void setBornDeadWidth(int width) {
        update(s -> s.withBornDeadWidth(width));
    }

    public void setBornDeadDepth(int depth) {
        update(s -> s.withBornDeadDepth(depth));
    }

    public void setBornDeadTrials(int trials) {
        update(s -> s.withBornDeadTrials(trials));
    }

    /** The newest study computed, or null before the first. */
    public ReadOnlyObjectProperty<DepthResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The figure of {@link #resultProperty()}. */
    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    /** The numbers behind the figure, for CSV, or null before the first result. */
    public SeriesTable table() {
        return result.get() == null ? null : DepthFigure.table(result.get());
    }

    /** Whether the study is being computed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return studies.busyProperty();
    }

    /** The share of the running study done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last change or run failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The newest born-dead curve, or null before the first. */
    public ReadOnlyObjectProperty<BornDeadCurve> bornDeadProperty() {
        return bornDead.getReadOnlyProperty();
    }

    /** Its figure. */
    public ReadOnlyObjectProperty<Figure> bornDeadFigureProperty() {
        return bornDeadFigure.getReadOnlyProperty();
    }

    /** The numbers behind the born-dead figure, for CSV, or null before the first curve. */
    public SeriesTable bornDeadTable() {
        return bornDead.get() == null ? null : BornDeadFigure.table(bornDead.get());
    }

    /** Whether the born-dead curve is being computed. */
    public ReadOnlyBooleanProperty bornDeadRunningProperty() {
        return bornDeads.busyProperty();
    }

    /** Whether anything (a study, a curve or a figure) is still being built for the newest state. */
    public boolean isBuilding() {
        return building.get();
    }

    private void requestStudy() {
        interrupt(runningStudy);
        DepthConfig c = state.get().study();
        progress.set(0);
        status.accept(Messages.format(TextKeys.DEPTH_STATUS_RUNNING, Integer.toString(c.layers()),
                Integer.toString(c.width())));
        studies.request(c);
    }

    private void requestBornDead() {
        interrupt(runningBornDead);
        bornDeads.request(state.get().bornDead());
    }

    private static void interrupt(AtomicReference<FutureTask<?>> running) {
        FutureTask<?> stale = running.get();
        if (stale != null) {
            stale.cancel(true);
        }
    }

    /** Runs the study of {@code c} on the pool; a failure shows in the error line and the status before it is reported. */
    private DepthResult computeStudy(DepthConfig c) {
        try {
            return inPool(() -> DepthStudy.run(c, fraction -> Platform.runLater(() -> progress.set(fraction))),
                    runningStudy);
        } catch (RuntimeException | Error failure) {
            String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            Platform.runLater(() -> {
                error.set(reason);
                status.accept(Messages.format(TextKeys.DEPTH_STATUS_FAILED, reason));
            });
            throw failure;
        }
    }

    /**
     * Runs {@code work} on the pool, so that its parallel streams run there too, and waits for it,
     * keeping it in {@code running} so that a newer request can interrupt it: it then gives null,
     * which its build drops as stale, as it does when the view model is disposed.
     */
    private <T> T inPool(Callable<T> work, AtomicReference<FutureTask<?>> running) {
        FutureTask<T> task = new FutureTask<>(work);
        running.set(task);
        pool.execute(task);
        try {
            return task.get();
        } catch (CancellationException stale) {
            return null;
        } catch (InterruptedException stopped) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void showResult(DepthResult r) {
        progress.set(1);
        result.set(r);
        status.accept(Messages.get(TextKeys.DEPTH_STATUS_DONE));
        rebuildFigures();
    }

    private void showBornDead(BornDeadCurve c) {
        bornDead.set(c);
        rebuildFigures();
    }

    private static Figures buildFigures(Results r) {
        return new Figures(r.study() == null ? null : DepthFigure.build(r.study()),
                r.bornDead() == null ? null : BornDeadFigure.build(r.bornDead()));
    }

    private void showFigures(Figures f) {
        if (f.study() != null) {
            figure.set(f.study());
        }
        if (f.bornDead() != null) {
            bornDeadFigure.set(f.bornDead());
        }
    }
}
