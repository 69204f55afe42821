package org.activationlab.ui.depth;

import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.activationlab.model.Activation;
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
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.problems.Problems;
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;

/**
 * The Depth tab's state: the study's settings, its latest result and figure, and the
 * born-dead Monte-Carlo curve. Both computations run on one background thread; a change of
 * settings cancels the run in progress, and only the newest run's result is shown.
 */
public final class DepthViewModel {
    /** The born-dead curve's width range, depth range and trial count range. */
    public static final int BORN_DEAD_MAX_WIDTH = 8;
    public static final int BORN_DEAD_MIN_DEPTH = 2;
    public static final int BORN_DEAD_MIN_TRIALS = 100;
    public static final int BORN_DEAD_MAX_TRIALS = 10_000;

    private final Consumer<String> status;
    /** Runs the study and the born-dead curve; their parallel streams run on its threads too. */
    private final ExecutorService worker = Background.shared().forkJoinPool("depth-study", ProblemSource.DEPTH_STUDY);

    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation");
    private final ObjectProperty<WeightInit> init = new SimpleObjectProperty<>(this, "init");
    private final DoubleProperty std = new SimpleDoubleProperty(this, "std");
    private final IntegerProperty layers = new SimpleIntegerProperty(this, "layers");
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width");
    private final ObjectProperty<BatchNormMode> batchNorm = new SimpleObjectProperty<>(this, "batchNorm");
    private final LongProperty seed = new SimpleLongProperty(this, "seed", DepthConfig.DEFAULT_SEED);
    private final ReadOnlyObjectWrapper<DepthPreset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final ReadOnlyObjectWrapper<DepthResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private final IntegerProperty bornDeadWidth = new SimpleIntegerProperty(this, "bornDeadWidth", 2);
    private final IntegerProperty bornDeadDepth = new SimpleIntegerProperty(this, "bornDeadDepth", 30);
    private final IntegerProperty bornDeadTrials = new SimpleIntegerProperty(this, "bornDeadTrials", 2000);
    private final ReadOnlyObjectWrapper<BornDeadCurve> bornDead = new ReadOnlyObjectWrapper<>(this, "bornDead");
    private final ReadOnlyObjectWrapper<Figure> bornDeadFigure = new ReadOnlyObjectWrapper<>(this, "bornDeadFigure");
    private final ReadOnlyBooleanWrapper bornDeadRunning = new ReadOnlyBooleanWrapper(this, "bornDeadRunning");

    private Task<DepthResult> studyTask;
    private Task<BornDeadCurve> bornDeadTask;
    private boolean applyingPreset;
    private boolean started;

    /**
     * Starts at {@link DepthPreset#TANH_SMALL}; nothing is computed until {@link #start()}.
     *
     * @param status shows a one-line message to the user
     */
    public DepthViewModel(Consumer<String> status) {
        this.status = status;
        setConfig(DepthPreset.TANH_SMALL.config(DepthConfig.DEFAULT_SEED));
        preset.set(DepthPreset.TANH_SMALL);
    }

    /**
     * Computes the study and the born-dead curve, and from then on recomputes whenever a setting
     * changes. Calls after the first do nothing.
     */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        activation.addListener((obs, old, now) -> settingChanged());
        init.addListener((obs, old, now) -> settingChanged());
        std.addListener((obs, old, now) -> settingChanged());
        layers.addListener((obs, old, now) -> settingChanged());
        width.addListener((obs, old, now) -> settingChanged());
        batchNorm.addListener((obs, old, now) -> settingChanged());
        seed.addListener((obs, old, now) -> {
            settingChanged();
            runBornDead();
        });
        bornDeadWidth.addListener((obs, old, now) -> runBornDead());
        bornDeadDepth.addListener((obs, old, now) -> runBornDead());
        bornDeadTrials.addListener((obs, old, now) -> runBornDead());
        runStudy();
        runBornDead();
    }

    /** Builds the figures again from the results computed, e.g. in a new language; nothing is recomputed. */
    public void rebuildFigures() {
        if (result.get() != null) {
            figure.set(DepthFigure.build(result.get()));
        }
        if (bornDead.get() != null) {
            bornDeadFigure.set(BornDeadFigure.build(bornDead.get()));
        }
    }

    /** Stops the background thread, cancelling what runs. */
    public void dispose() {
        Background.shared().stop(worker);
    }

    /** The activation of every layer. */
    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /** The weight initialiser. */
    public ObjectProperty<WeightInit> initProperty() {
        return init;
    }

    /** The standard deviation for {@link WeightInit#NORMAL} (a number &gt; 0). */
    public DoubleProperty stdProperty() {
        return std;
    }

    /** L, from {@value DepthConfig#MIN_LAYERS} to {@value DepthConfig#MAX_LAYERS}. */
    public IntegerProperty layersProperty() {
        return layers;
    }

    /** N, from {@value DepthConfig#MIN_WIDTH} to {@value DepthConfig#MAX_WIDTH}. */
    public IntegerProperty widthProperty() {
        return width;
    }

    /** Where batch normalisation sits. */
    public ObjectProperty<BatchNormMode> batchNormProperty() {
        return batchNorm;
    }

    /** The seed of inputs, weights and output gradient, and of the born-dead networks. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** The preset the settings came from, or null once a setting was changed by hand. */
    public ReadOnlyObjectProperty<DepthPreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The newest finished result, or null before the first. */
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
        return running.getReadOnlyProperty();
    }

    /** The share of the running study done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last run failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The born-dead networks' width, 1 to {@value #BORN_DEAD_MAX_WIDTH}. */
    public IntegerProperty bornDeadWidthProperty() {
        return bornDeadWidth;
    }

    /** The deepest born-dead network, {@value #BORN_DEAD_MIN_DEPTH} to {@value BornDeadConfig#MAX_DEPTH}. */
    public IntegerProperty bornDeadDepthProperty() {
        return bornDeadDepth;
    }

    /** Networks drawn per depth, {@value #BORN_DEAD_MIN_TRIALS} to {@value #BORN_DEAD_MAX_TRIALS}. */
    public IntegerProperty bornDeadTrialsProperty() {
        return bornDeadTrials;
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
        return bornDeadRunning.getReadOnlyProperty();
    }

    /** Applies {@code p}'s settings (the seed stays) and computes them once. */
    public void applyPreset(DepthPreset p) {
        applyingPreset = true;
        try {
            setConfig(p.config(seed.get()));
        } finally {
            applyingPreset = false;
        }
        preset.set(p);
        runStudy();
    }

    /** Applies {@code c}'s settings, seed included (e.g. read from a session file), and computes them once started. */
    public void applyConfig(DepthConfig c) {
        applyingPreset = true;
        try {
            setConfig(c);
        } finally {
            applyingPreset = false;
        }
        preset.set(null);
        if (started) {
            runStudy();
        }
    }

    private void setConfig(DepthConfig c) {
        activation.set(c.activation());
        init.set(c.init());
        std.set(c.std());
        layers.set(c.layers());
        width.set(c.width());
        batchNorm.set(c.batchNorm());
        seed.set(c.seed());
    }

    private void settingChanged() {
        if (!applyingPreset) {
            preset.set(null);
            runStudy();
        }
    }

    /** The settings as a config. */
    public DepthConfig config() {
        return new DepthConfig(activation.get(), init.get(), std.get(), layers.get(), width.get(), batchNorm.get(),
                seed.get());
    }

    private void runStudy() {
        DepthConfig c;
        try {
            c = config();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        if (studyTask != null) {
            studyTask.cancel(true);
        }
        Task<DepthResult> task = new Task<>() {
            @Override
            protected DepthResult call() {
                return DepthStudy.run(c, fraction -> updateProgress(fraction, 1));
            }
        };
        studyTask = task;
        running.set(true);
        error.set("");
        progress.bind(task.progressProperty());
        status.accept(Messages.format(TextKeys.DEPTH_STATUS_RUNNING, Integer.toString(c.layers()),
                Integer.toString(c.width())));
        task.setOnSucceeded(e -> finish(task, () -> {
            result.set(task.getValue());
            figure.set(DepthFigure.build(task.getValue()));
            status.accept(Messages.get(TextKeys.DEPTH_STATUS_DONE));
        }));
        task.setOnFailed(e -> finish(task, () -> {
            Throwable t = task.getException();
            error.set(t.getMessage() == null ? t.toString() : t.getMessage());
            status.accept(Messages.format(TextKeys.DEPTH_STATUS_FAILED, error.get()));
            Problems.shared().report(ProblemSource.DEPTH_STUDY, t);
        }));
        worker.execute(task);
    }

    /** Runs {@code update} if {@code task} is still the newest study. */
    private void finish(Task<DepthResult> task, Runnable update) {
        if (task == studyTask) {
            progress.unbind();
            progress.set(1);
            running.set(false);
            update.run();
        }
    }

    private void runBornDead() {
        BornDeadConfig c;
        try {
            c = new BornDeadConfig(bornDeadWidth.get(), bornDeadDepth.get(), bornDeadTrials.get(), seed.get());
        } catch (IllegalArgumentException e) {
            status.accept(e.getMessage());
            return;
        }
        if (bornDeadTask != null) {
            bornDeadTask.cancel(true);
        }
        Task<BornDeadCurve> task = new Task<>() {
            @Override
            protected BornDeadCurve call() {
                return BornDead.estimate(c);
            }
        };
        bornDeadTask = task;
        bornDeadRunning.set(true);
        task.setOnSucceeded(e -> {
            if (task == bornDeadTask) {
                bornDeadRunning.set(false);
                bornDead.set(task.getValue());
                bornDeadFigure.set(BornDeadFigure.build(task.getValue()));
            }
        });
        task.setOnFailed(e -> {
            if (task == bornDeadTask) {
                bornDeadRunning.set(false);
                status.accept(Messages.format(TextKeys.DEPTH_STATUS_FAILED, String.valueOf(task.getException())));
                Problems.shared().report(ProblemSource.DEPTH_STUDY, task.getException());
            }
        });
        worker.execute(task);
    }
}
