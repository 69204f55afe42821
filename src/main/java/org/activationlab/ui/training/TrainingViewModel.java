package org.activationlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.activationlab.model.ActivationSpec;
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
import org.activationlab.ui.BackgroundBuild;
import org.activationlab.ui.Messages;
import org.activationlab.ui.problems.Problem;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.problems.Problems;
import org.activationlab.ui.training.TrainingState.Layer;

/**
 * The Training tab's model. One {@link TrainingState} is the truth of its settings: the view sends
 * intents that make the next state (an intent that leaves the state equal changes nothing, one
 * that makes it invalid changes nothing and says why in {@link #errorProperty()}). A new state
 * that trains another run starts it from step 0; one that changes only the learning rate, the L2
 * penalty or the speed changes the current run from its next step.
 *
 * <p>Training happens on a {@link TrainingRunner}'s background thread; {@link #poll()}, called once
 * per frame on the JavaFX thread, takes the newest snapshot, stops playing when the run diverges,
 * records frames for the GIF export and asks for the snapshot's {@link TrainingFigures}, which a
 * {@link BackgroundBuild} makes off the JavaFX thread (the newest snapshot wins). Any failure
 * reported to {@link Problems} (training's own or another part's) stops playing. All methods run
 * on the JavaFX thread.
 */
public final class TrainingViewModel implements AutoCloseable {
    /** The value a scheme that takes one (uniform, normal, constant) starts with when chosen after one that does not. */
    public static final double INITIALIZER_VALUE = 1;

    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<TrainingSnapshot> comparisonSnapshot =
            new ReadOnlyObjectWrapper<>(this, "comparisonSnapshot");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyStringWrapper divergence = new ReadOnlyStringWrapper(this, "divergence", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<TrainingFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final BackgroundBuild<List<TrainingSnapshot>, TrainingFigures> figureBuild =
            new BackgroundBuild<>("training-figures", ProblemSource.FIGURE, TrainingFigures::of, figures::set);
    private final Consumer<String> status;
    private final RunRecorder recorder = new RunRecorder();
    private final TrainingRunner runner;
    private final ExecutorService exportThread = Background.shared().lane("training-export", ProblemSource.EXPORT);
    /** The snapshots shown now: the run's, then the compared network's. */
    private List<TrainingSnapshot> shown;
    /** Any failure reported stops playing, so the Play button tells the truth. */
    private final Consumer<Problem> stopOnProblem = problem -> pause();

    /**
     * @param initial the first settings
     * @param status shows a message in the window's status bar
     */
    public TrainingViewModel(TrainingState initial, Consumer<String> status) {
        this.status = status;
        state.set(Objects.requireNonNull(initial, "initial"));
        runner = new TrainingRunner(runs(initial));
        runner.setStepsPerTick(initial.speed());
        showSnapshots(runner.latest());
        Problems.shared().addListener(stopOnProblem);
    }

    /** The settings. */
    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public TrainingState getState() {
        return state.get();
    }

    /** The scenario whose settings the state has, if any. */
    public Optional<TrainingPreset> getPreset() {
        return TrainingPreset.matching(getState());
    }

    /** The newest snapshot taken by {@link #poll()}. */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public TrainingSnapshot getSnapshot() {
        return snapshot.get();
    }

    /** The newest snapshot of the compared network, null when not comparing. */
    public ReadOnlyObjectProperty<TrainingSnapshot> comparisonSnapshotProperty() {
        return comparisonSnapshot.getReadOnlyProperty();
    }

    public TrainingSnapshot getComparisonSnapshot() {
        return comparisonSnapshot.get();
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

    /** The divergence banner's text, empty while the run is healthy. */
    public ReadOnlyStringProperty divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    /** Why the last change was refused, empty when it was accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The figures of the newest snapshot built so far; null until the first is built. */
    public ReadOnlyObjectProperty<TrainingFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public TrainingFigures getFigures() {
        return figures.get();
    }

    /** Whether figures are being built for a newer snapshot than those of {@link #getFigures()}. */
    public boolean isBuilding() {
        return figureBuild.isBusy();
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

    /** Builds the figures again for the same snapshots, e.g. in a new language. */
    public void rebuildFigures() {
        figureBuild.request(shown);
    }

    private void showSnapshots(List<TrainingSnapshot> snapshots) {
        shown = snapshots;
        TrainingSnapshot s = snapshots.get(0);
        snapshot.set(s);
        comparisonSnapshot.set(snapshots.size() > 1 ? snapshots.get(1) : null);
        step.set(s.step());
        recorder.add(s);
        snapshots.stream().flatMap(x -> x.divergence().stream()).findFirst()
                .ifPresentOrElse(this::showDivergence, () -> divergence.set(""));
        figureBuild.request(snapshots);
    }

    /** The runs to train for {@code s}: it, and the compared network on the same data. */
    private static List<TrainingRunner.Run> runs(TrainingState s) {
        DataSplit data = s.data();
        List<TrainingRunner.Run> runs = new ArrayList<>();
        runs.add(new TrainingRunner.Run(s.config(), data));
        s.comparisonConfig().ifPresent(c -> runs.add(new TrainingRunner.Run(c, data)));
        return runs;
    }

    private void showDivergence(Divergence d) {
        setPlaying(false);
        double lr = getState().learningRate();
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

    /** Back to step 0 with the same initial weights and data. */
    public void reset() {
        restart(getState());
    }

    /**
     * Makes the next state from the current one and trains it: a new run from step 0 unless
     * {@link TrainingState#sameRun only the live settings} changed. A state equal to the current
     * one changes nothing; a change that is refused (an {@link IllegalArgumentException}) leaves
     * the state as it was and is explained by {@link #errorProperty()}.
     */
    public void update(UnaryOperator<TrainingState> change) {
        TrainingState old = getState();
        Optional<TrainingState> next = validated(change);
        if (next.isEmpty() || next.get().equals(old)) {
            return;
        }
        TrainingState now = next.get();
        state.set(now);
        if (!old.sameRun(now)) {
            restart(now);
            return;
        }
        if (now.learningRate() != old.learningRate()) {
            runner.setLearningRate(now.learningRate());
        }
        if (now.l2() != old.l2()) {
            runner.setRegularization(new Regularization(0, now.l2()));
        }
        runner.setStepsPerTick(now.speed());
    }

    /**
     * Pauses, makes the next state from the current one and starts it from step 0, as a scenario,
     * a lesson's "show me" or a session file does, even when the settings are the same.
     */
    public void start(UnaryOperator<TrainingState> change) {
        pause();
        validated(change).ifPresent(next -> {
            state.set(next);
            restart(next);
        });
    }

    /** Loads a scenario's settings and starts it from step 0, paused. */
    public void applyPreset(TrainingPreset preset) {
        start(preset::apply);
    }

    /** Puts {@code saved} back, e.g. from a session file, and replays its run to step {@code steps}, paused. */
    public void restore(TrainingState saved, int steps) {
        Objects.requireNonNull(saved, "saved");
        start(s -> saved);
        if (steps > 0) {
            step(steps);
        }
    }

    private Optional<TrainingState> validated(UnaryOperator<TrainingState> change) {
        try {
            TrainingState next = change.apply(getState());
            error.set("");
            return Optional.of(next);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Steps per frame, one of {@link TrainingState#SPEEDS}. */
    public void setSpeed(int stepsPerFrame) {
        update(s -> s.with(e -> e.speed = stepsPerFrame));
    }

    /** New initial weights (and batch order): the next seed. */
    public void newSeed() {
        update(s -> s.with(e -> e.seed++));
    }

    /** New points from the next data seed. */
    public void regenerate() {
        update(s -> s.with(e -> e.dataSeed++));
    }

    public void setTask(Task value) {
        update(s -> s.with(e -> e.task = value));
    }

    public void setPoints(int value) {
        update(s -> s.with(e -> e.points = value));
    }

    public void setNoise(double value) {
        update(s -> s.with(e -> e.noise = value));
    }

    public void setTestFraction(double value) {
        update(s -> s.with(e -> e.testFraction = value));
    }

    /** One more hidden layer like the last one, up to {@link NetworkSpec#MAX_LAYERS}. */
    public void addLayer() {
        update(s -> {
            List<Layer> layers = new ArrayList<>(s.layers());
            if (layers.size() < NetworkSpec.MAX_LAYERS) {
                layers.add(layers.get(layers.size() - 1));
            }
            return s.with(e -> e.layers = layers);
        });
    }

    /** One hidden layer fewer (the last), down to one. */
    public void removeLayer() {
        update(s -> s.layers().size() > 1 ? s.with(e -> e.layers = s.layers().subList(0, s.layers().size() - 1)) : s);
    }

    /** Changes the width of hidden layer {@code layer} by {@code delta} units, within 1 to {@link NetworkSpec#MAX_UNITS}. */
    public void changeUnits(int layer, int delta) {
        update(s -> {
            Layer old = s.layers().get(layer);
            int units = Math.max(1, Math.min(NetworkSpec.MAX_UNITS, old.units() + delta));
            return s.withLayer(layer, new Layer(units, old.activation()));
        });
    }

    /** Gives hidden layer {@code layer} the activation {@code value}. */
    public void setActivation(int layer, ActivationSpec value) {
        update(s -> s.withLayer(layer, new Layer(s.layers().get(layer).units(), value)));
    }

    /**
     * Gives hidden layer {@code layer} the function {@code picked} (a catalogue function or a
     * formula), keeping the layer's parameters if it has that function already.
     */
    public void chooseActivation(int layer, ActivationSpec picked) {
        update(s -> s.withLayer(layer, new Layer(s.layers().get(layer).units(),
                sameOrPicked(s.layers().get(layer).activation(), picked))));
    }

    /**
     * Sizes the gated layers of this network, and of the compared one, so that neither has more
     * parameters than the element-wise network of the current widths ({@link TrainingState#matched}).
     */
    public void matchParameters() {
        update(TrainingState::matched);
    }

    /** Puts {@code value} in every hidden layer with one restart. */
    public void setActivationEverywhere(ActivationSpec value) {
        update(s -> s.withActivationEverywhere(value));
    }

    /** Trains a second network with {@code activation} in every layer beside this one, or stops comparing (empty). */
    public void setComparison(Optional<ActivationSpec> activation) {
        update(s -> s.with(e -> e.comparison = activation));
    }

    /**
     * Compares with the function {@code picked} (keeping its parameters if it is compared with
     * already), or stops comparing when {@code picked} is null.
     */
    public void compareWith(ActivationSpec picked) {
        update(s -> s.with(e -> e.comparison = Optional.ofNullable(picked)
                .map(p -> s.comparison().map(c -> sameOrPicked(c, p)).orElse(p))));
    }

    /** {@code current} if it is the function {@code picked} names, whatever its parameters; else {@code picked}. */
    private static ActivationSpec sameOrPicked(ActivationSpec current, ActivationSpec picked) {
        return current.getClass() == picked.getClass() && current.name().equals(picked.name()) ? current : picked;
    }

    public void setInitializer(Initializer value) {
        update(s -> s.with(e -> e.initializer = value));
    }

    /**
     * Makes the weights start from {@code scheme}, with the current value when both schemes take
     * one, else with {@link #INITIALIZER_VALUE}.
     */
    public void setInitializerScheme(Initializer.Scheme scheme) {
        update(s -> {
            Initializer old = s.initializer();
            if (old.scheme() == scheme) {
                return s;
            }
            double value = !scheme.takesValue() ? 0 : old.scheme().takesValue() ? old.value() : INITIALIZER_VALUE;
            return s.with(e -> e.initializer = new Initializer(scheme, value));
        });
    }

    /** The bound, standard deviation or constant of the current initialiser. */
    public void setInitializerValue(double value) {
        update(s -> s.with(e -> e.initializer = new Initializer(s.initializer().scheme(), value)));
    }

    public void setBiasInit(double value) {
        update(s -> s.with(e -> e.biasInit = value));
    }

    public void setOptimizer(OptimizerKind value) {
        update(s -> s.with(e -> e.optimizer = value));
    }

    public void setBatchSize(int value) {
        update(s -> s.with(e -> e.batchSize = value));
    }

    /** Changes the learning rate of the current run from its next step, without a reset. */
    public void setLearningRate(double value) {
        update(s -> s.with(e -> e.learningRate = value));
    }

    /** Changes the L2 penalty of the current run from its next step, without a reset. */
    public void setL2(double value) {
        update(s -> s.with(e -> e.l2 = value));
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

    private void restart(TrainingState next) {
        divergence.set("");
        recorder.clear();
        runner.setStepsPerTick(next.speed());
        runner.load(runs(next));
    }

    /** Stops the training, figure and export threads. */
    @Override
    public void close() {
        Problems.shared().removeListener(stopOnProblem);
        runner.close();
        figureBuild.stop();
        Background.shared().stop(exportThread);
    }
}
