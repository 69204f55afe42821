package org.activationlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Regularization;
import org.activationlab.nn.SettingChange;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.ui.Background;
import org.activationlab.ui.problems.ProblemSource;

/**
 * Steps one or more {@link Trainer}s together on one background thread, so the JavaFX thread
 * only draws. Every {@link #TICK_MILLIS} ms while playing, the thread takes the chosen number
 * of steps in each run (or, at {@link #MAX_SPEED}, as many as fit in
 * {@link #MAX_SPEED_BUDGET_MILLIS} ms, one step of each run at a time, so compared runs stay at
 * the same step) and publishes their snapshots; {@link #latest()} hands the newest ones to any
 * thread. Commands are queued on the same thread, so a trainer is only ever touched by it, and a
 * setting changed while training is remembered with the step it took effect at (see
 * {@link #replay}). The thread comes from {@link Background}: a failure is reported there and
 * stops playing; the view model hears of it from {@code Problems} and shows Play again.
 */
final class TrainingRunner implements AutoCloseable {
    /** The time between two batches of steps: about one screen frame. */
    static final long TICK_MILLIS = 16;
    /** Steps per tick meaning "as fast as possible". */
    static final int MAX_SPEED = 0;
    /**
     * How long one tick may train at maximum speed: half the tick, so that on a two-core machine
     * drawing the views (about a core at 30 frames per second) keeps up; a 2-8-8-1 network still
     * takes a few thousand steps per second.
     */
    static final long MAX_SPEED_BUDGET_MILLIS = 8;

    private final ScheduledExecutorService thread = Background.shared().scheduler("training", ProblemSource.TRAINING);

    /** The snapshots of every run, in load order, and the load they belong to. */
    private record Published(List<TrainingSnapshot> snapshots, int load) {
    }

    /** A configuration and its data, one run. */
    record Run(TrainingConfig config, DataSplit data) {
    }

    private volatile List<Trainer> trainers;
    /** The changes of learning rate and penalties of the current runs, in step order. */
    private volatile List<SettingChange> changes = List.of();
    private volatile int trainersLoad;
    private volatile int currentLoad;
    private volatile Published latest;
    private volatile boolean playing;
    private volatile int stepsPerTick = 1;

    TrainingRunner(List<Run> runs) {
        trainers = create(runs);
        publish();
        thread.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static List<Trainer> create(List<Run> runs) {
        List<Trainer> created = new ArrayList<>(runs.size());
        for (Run r : runs) {
            created.add(new Trainer(r.config(), r.data()));
        }
        return List.copyOf(created);
    }

    /** Starts new runs from their configurations' seeded initial weights (the same weights for the same configuration). */
    void load(List<Run> runs) {
        int load = ++currentLoad;
        thread.execute(() -> {
            trainers = create(runs);
            changes = List.of();
            trainersLoad = load;
            publish();
        });
    }

    /**
     * The snapshots published last by the runs loaded last, in load order, or null while those
     * runs are still being set up (so no snapshot of a replaced run shows after a reset). Any thread.
     */
    List<TrainingSnapshot> latest() {
        Published p = latest;
        return p.load() == currentLoad ? p.snapshots() : null;
    }

    private void publish() {
        List<TrainingSnapshot> snapshots = new ArrayList<>(trainers.size());
        for (Trainer t : trainers) {
            snapshots.add(t.publish());
        }
        latest = new Published(List.copyOf(snapshots), trainersLoad);
    }

    /** Starts or stops stepping on every tick. */
    void setPlaying(boolean value) {
        playing = value;
    }

    /** Steps per tick, or {@link #MAX_SPEED}. */
    void setStepsPerTick(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("steps per frame must be 0 (maximum) or positive, got " + value);
        }
        stepsPerTick = value;
    }

    /** Queues {@code steps} steps of every run and a snapshot. */
    void step(int steps) {
        thread.execute(() -> {
            trainers.forEach(t -> t.run(steps));
            publish();
        });
    }

    /** Changes the learning rate of the current runs from their next step (queued). Any thread. */
    void setLearningRate(double value) {
        change(t -> t.setLearningRate(value));
    }

    /** Changes the penalties of the current runs from their next step (queued). Any thread. */
    void setRegularization(Regularization value) {
        Objects.requireNonNull(value, "value");
        change(t -> t.setRegularization(value));
    }

    /** Applies {@code change} to every run between two steps on the training thread, and remembers it. */
    private void change(Consumer<Trainer> change) {
        thread.execute(() -> {
            trainers.forEach(change);
            List<SettingChange> more = new ArrayList<>(changes);
            more.add(SettingChange.of(trainers.get(0)));
            changes = List.copyOf(more);
        });
    }

    /**
     * What replays the first run up to {@code snapshot} (taken from it) exactly: its configuration,
     * data and the setting changes made up to that step. Any thread.
     */
    RunReplay replay(TrainingSnapshot snapshot) {
        Trainer first = trainers.get(0);
        List<SettingChange> made = changes.stream().filter(c -> c.step() <= snapshot.step()).toList();
        return new RunReplay(first.config(), first.data(), made, snapshot.step());
    }

    /**
     * Takes the steps of one tick. A failure stops playing before it propagates to the scheduler,
     * which reports it and keeps ticking (so that Play works again after a reset).
     */
    private void tick() {
        if (!playing) {
            return;
        }
        try {
            steps();
        } catch (RuntimeException | Error failure) {
            playing = false;
            throw failure;
        }
    }

    private void steps() {
        int steps = stepsPerTick;
        if (steps == MAX_SPEED) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_SPEED_BUDGET_MILLIS);
            boolean going = true;
            while (going && System.nanoTime() < deadline) {
                going = false;
                for (Trainer t : trainers) {
                    going |= t.step();
                }
            }
        } else {
            trainers.forEach(t -> t.run(steps));
        }
        publish();
    }

    /** Stops the thread; queued and later commands are dropped ({@link Background} drops them). */
    @Override
    public void close() {
        Background.shared().stop(thread);
    }
}
