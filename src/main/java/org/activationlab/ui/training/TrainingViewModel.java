package org.activationlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.activationlab.model.Activation;
import org.activationlab.model.Numbers;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Divergence;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Regularization;
import org.activationlab.nn.Task;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.ui.Background;
import org.activationlab.ui.Messages;
import org.activationlab.ui.problems.Problem;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.problems.Problems;
import org.activationlab.ui.training.TrainingSetup.Layer;

/**
 * The training panel's state and commands. The settings are one immutable {@link TrainingSetup};
 * changing the data or the network starts a new run, while the learning rate and the L2 penalty
 * change the current run from its next step. Training happens on a {@link TrainingRunner}'s
 * background thread; {@link #poll()}, called once per frame on the JavaFX thread, takes the
 * newest snapshot, stops playing when the run diverges and records frames for the GIF export.
 * Any failure reported to {@link Problems} (training's own or another part's) stops playing.
 * All methods run on the JavaFX thread.
 */
public final class TrainingViewModel implements AutoCloseable {
    /** The choices of the speed control, steps per frame; {@link TrainingRunner#MAX_SPEED} is "as fast as possible". */
    public static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 20, 50, 100, TrainingRunner.MAX_SPEED);

    private final ReadOnlyObjectWrapper<TrainingSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyIntegerWrapper speed = new ReadOnlyIntegerWrapper(this, "speed", 1);
    private final ReadOnlyStringWrapper divergence = new ReadOnlyStringWrapper(this, "divergence", "");
    private final ReadOnlyObjectWrapper<TrainingPreset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Activation> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<TrainingSnapshot> comparisonSnapshot =
            new ReadOnlyObjectWrapper<>(this, "comparisonSnapshot");
    private final Consumer<String> status;
    private final RunRecorder recorder = new RunRecorder();
    private final TrainingRunner runner;
    private final ExecutorService exportThread = Background.shared().lane("training-export", ProblemSource.EXPORT);
    /** Any failure reported stops playing, so the Play button tells the truth. */
    private final Consumer<Problem> stopOnProblem = problem -> pause();

    /**
     * @param initial the first settings
     * @param status shows a message in the window's status bar
     */
    public TrainingViewModel(TrainingSetup initial, Consumer<String> status) {
        this.status = status;
        setup.set(initial);
        runner = new TrainingRunner(runs(initial));
        showSnapshots(runner.latest());
        Problems.shared().addListener(stopOnProblem);
    }

    /** The current settings. */
    public ReadOnlyObjectProperty<TrainingSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    public TrainingSetup getSetup() {
        return setup.get();
    }

    /** The newest snapshot taken by {@link #poll()}. */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public TrainingSnapshot getSnapshot() {
        return snapshot.get();
    }

    /** The step of the newest snapshot. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Whether training advances on its own. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Steps per frame, 0 for as fast as possible. */
    public ReadOnlyIntegerProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** The divergence banner's text, empty while the run is healthy. */
    public ReadOnlyStringProperty divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    /** The scenario last loaded, null once a setting is changed by hand. */
    public ReadOnlyObjectProperty<TrainingPreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** Why the last change was refused, empty when it was accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The activation of the network trained beside this one (same data, seed and settings), null when not comparing. */
    public ReadOnlyObjectProperty<Activation> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public Activation getComparison() {
        return comparison.get();
    }

    /** The newest snapshot of the compared network, null when not comparing. */
    public ReadOnlyObjectProperty<TrainingSnapshot> comparisonSnapshotProperty() {
        return comparisonSnapshot.getReadOnlyProperty();
    }

    public TrainingSnapshot getComparisonSnapshot() {
        return comparisonSnapshot.get();
    }

    /** Takes the newest snapshots from the training thread, if there are new ones. Call once per frame. */
    public boolean poll() {
        List<TrainingSnapshot> latest = runner.latest();
        if (latest == null || latest.get(0) == snapshot.get()) {
            return false;
        }
        showSnapshots(latest);
        return true;
    }

    private void showSnapshots(List<TrainingSnapshot> snapshots) {
        TrainingSnapshot s = snapshots.get(0);
        snapshot.set(s);
        comparisonSnapshot.set(snapshots.size() > 1 ? snapshots.get(1) : null);
        step.set(s.step());
        recorder.add(s);
        snapshots.stream().flatMap(x -> x.divergence().stream()).findFirst()
                .ifPresentOrElse(this::showDivergence, () -> divergence.set(""));
    }

    /** The runs to train for {@code s}: it, and the compared network on the same data. */
    private List<TrainingRunner.Run> runs(TrainingSetup s) {
        DataSplit data = s.data();
        List<TrainingRunner.Run> runs = new ArrayList<>();
        runs.add(new TrainingRunner.Run(s.config(), data));
        if (comparison.get() != null) {
            runs.add(new TrainingRunner.Run(s.withActivation(comparison.get()).config(), data));
        }
        return runs;
    }

    /** Trains a second network with {@code activation} in every layer beside this one, or stops comparing (null). */
    public void setComparison(Activation activation) {
        if (!java.util.Objects.equals(activation, comparison.get())) {
            comparison.set(activation);
            restart(getSetup());
        }
    }

    private void showDivergence(Divergence d) {
        setPlaying(false);
        double lr = getSetup().learningRate();
        divergence.set(Messages.format(TrainingKeys.DIVERGED, Integer.toString(d.step()), d.reason(),
                Numbers.format(lr), Numbers.format(lr / 10)));
    }

    /** Starts training on its own. */
    public void play() {
        setPlaying(true);
    }

    /** Stops training on its own. */
    public void pause() {
        setPlaying(false);
    }

    /** Plays when paused, pauses when playing. */
    public void togglePlaying() {
        setPlaying(!isPlaying());
    }

    private void setPlaying(boolean value) {
        boolean allowed = value && divergence.get().isEmpty();
        runner.setPlaying(allowed);
        playing.set(allowed);
    }

    /** Takes {@code steps} steps now (queued behind running ones). */
    public void step(int steps) {
        runner.step(steps);
    }

    /** Steps per frame, or 0 for as fast as possible. */
    public void setSpeed(int stepsPerFrame) {
        runner.setStepsPerTick(stepsPerFrame);
        speed.set(stepsPerFrame);
    }

    /** Back to step 0 with the same initial weights and data. */
    public void reset() {
        restart(getSetup());
    }

    /** New initial weights (and batch order): the next seed. */
    public void newSeed() {
        change(s -> s.withSeed(s.seed() + 1));
    }

    /** New points from the next data seed. */
    public void regenerate() {
        change(s -> s.withDataSeed(s.dataSeed() + 1));
    }

    /** Loads a scenario's settings and starts it from step 0, paused. */
    public void applyPreset(TrainingPreset value) {
        pause();
        comparison.set(value.comparison().orElse(null));
        restart(value.setup());
        preset.set(value);
    }

    /**
     * Loads {@code value} (and a network with {@code compared} in every layer beside it, or none
     * when null) and starts it from step 0, paused, as a session file saved it.
     */
    public void load(TrainingSetup value, Activation compared) {
        pause();
        comparison.set(compared);
        error.set("");
        preset.set(null);
        restart(value);
    }

    public void setTask(Task value) {
        change(s -> s.withTask(value));
    }

    public void setPoints(int value) {
        change(s -> s.withPoints(value));
    }

    public void setNoise(double value) {
        change(s -> s.withNoise(value));
    }

    public void setTestFraction(double value) {
        change(s -> s.withTestFraction(value));
    }

    /** One more hidden layer like the last one, up to {@link NetworkSpec#MAX_LAYERS}. */
    public void addLayer() {
        List<Layer> layers = new ArrayList<>(getSetup().layers());
        if (layers.size() < NetworkSpec.MAX_LAYERS) {
            layers.add(layers.get(layers.size() - 1));
            change(s -> s.withLayers(layers));
        }
    }

    /** One hidden layer fewer (the last), down to one. */
    public void removeLayer() {
        List<Layer> layers = new ArrayList<>(getSetup().layers());
        if (layers.size() > 1) {
            layers.remove(layers.size() - 1);
            change(s -> s.withLayers(layers));
        }
    }

    /** Changes the width of hidden layer {@code layer} by {@code delta} units, within 1 to {@link NetworkSpec#MAX_UNITS}. */
    public void changeUnits(int layer, int delta) {
        Layer old = getSetup().layers().get(layer);
        int units = Math.max(1, Math.min(NetworkSpec.MAX_UNITS, old.units() + delta));
        if (units != old.units()) {
            change(s -> s.withLayer(layer, new Layer(units, old.activation())));
        }
    }

    public void setActivation(int layer, Activation value) {
        Layer old = getSetup().layers().get(layer);
        if (!old.activation().equals(value)) {
            change(s -> s.withLayer(layer, new Layer(old.units(), value)));
        }
    }

    /**
     * Puts {@code value} in every hidden layer with one restart (a scenario shown with another
     * activation is no longer that scenario, so it is let go like any other change).
     */
    public void setActivationEverywhere(Activation value) {
        change(s -> s.withActivation(value));
    }

    public void setInitializer(Initializer value) {
        change(s -> s.withInitializer(value));
    }

    public void setBiasInit(double value) {
        change(s -> s.withBiasInit(value));
    }

    public void setOptimizer(OptimizerKind value) {
        change(s -> s.withOptimizer(value));
    }

    public void setBatchSize(int value) {
        change(s -> s.withBatchSize(value));
    }

    /** Changes the learning rate of the current run from its next step, without a reset. */
    public void setLearningRate(double value) {
        if (accept(s -> s.withLearningRate(value))) {
            runner.setLearningRate(value);
        }
    }

    /** Changes the L2 penalty of the current run from its next step, without a reset. */
    public void setL2(double value) {
        if (accept(s -> s.withL2(value))) {
            runner.setRegularization(new Regularization(0, value));
        }
    }

    /** The snapshots recorded for an animation: at most {@code frames}, evenly spread over the run. */
    public List<TrainingSnapshot> recordedFrames(int frames) {
        return recorder.frames(frames);
    }

    /** What replays the run shown now exactly (for the metrics file, which needs every step). */
    RunReplay replay() {
        return runner.replay(getSnapshot());
    }

    /** The thread the run's files are written on. */
    Executor exportThread() {
        return exportThread;
    }

    /** Reports {@code message} in the status bar. */
    void showStatus(String message) {
        status.accept(message);
    }

    /** Applies a change that needs a new run. */
    private void change(UnaryOperator<TrainingSetup> change) {
        if (accept(change)) {
            restart(getSetup());
        }
    }

    /** Validates and stores a change; shows why it was refused otherwise. */
    private boolean accept(UnaryOperator<TrainingSetup> change) {
        try {
            TrainingSetup next = change.apply(getSetup());
            error.set("");
            preset.set(null);
            setup.set(next);
            return true;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    private void restart(TrainingSetup next) {
        setup.set(next);
        divergence.set("");
        recorder.clear();
        runner.load(runs(next));
    }

    /** Stops the training and export threads. */
    @Override
    public void close() {
        Problems.shared().removeListener(stopOnProblem);
        runner.close();
        Background.shared().stop(exportThread);
    }
}
