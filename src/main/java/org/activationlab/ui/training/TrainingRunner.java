package org.activationlab.ui.training;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Regularization;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.nn.TrainingSnapshot;

/**
 * Steps a {@link Trainer} on one background thread, so the JavaFX thread only draws. Every
 * {@link #TICK_MILLIS} ms while playing, the thread takes the chosen number of steps (or, at
 * {@link #MAX_SPEED}, as many as fit in {@link #MAX_SPEED_BUDGET_MILLIS} ms) and publishes a
 * snapshot; {@link #latest()} hands the newest one to any thread. Commands are queued on the
 * same thread, so a trainer is only ever touched by it.
 */
final class TrainingRunner implements AutoCloseable {
    /** The time between two batches of steps: about one screen frame. */
    static final long TICK_MILLIS = 16;
    /** Steps per tick meaning "as fast as possible". */
    static final int MAX_SPEED = 0;
    /** How long one tick may train at maximum speed, leaving the core some slack. */
    static final long MAX_SPEED_BUDGET_MILLIS = 14;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "training");
        t.setDaemon(true);
        return t;
    });
    /** A snapshot and the run it belongs to. */
    private record Published(TrainingSnapshot snapshot, int run) {
    }

    private volatile Trainer trainer;
    private volatile int trainerRun;
    private volatile int currentRun;
    private volatile Published latest;
    private volatile boolean playing;
    private volatile int stepsPerTick = 1;

    TrainingRunner(TrainingConfig config, DataSplit data) {
        Trainer first = new Trainer(config, data);
        trainer = first;
        latest = new Published(first.latest(), 0);
        thread.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts a new run from the configuration's seeded initial weights (the same weights for the same configuration). */
    void load(TrainingConfig config, DataSplit data) {
        int run = ++currentRun;
        thread.execute(() -> {
            Trainer t = new Trainer(config, data);
            trainer = t;
            trainerRun = run;
            latest = new Published(t.latest(), run);
        });
    }

    /**
     * The snapshot published last by the run loaded last, or null while that run is still
     * being set up (so no snapshot of a replaced run shows after a reset). Any thread.
     */
    TrainingSnapshot latest() {
        Published p = latest;
        return p.run() == currentRun ? p.snapshot() : null;
    }

    private void publish(Trainer t) {
        latest = new Published(t.publish(), trainerRun);
    }

    /** Starts or stops stepping on every tick. */
    void setPlaying(boolean value) {
        playing = value;
    }

    boolean isPlaying() {
        return playing;
    }

    /** Steps per tick, or {@link #MAX_SPEED}. */
    void setStepsPerTick(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("steps per frame must be 0 (maximum) or positive, got " + value);
        }
        stepsPerTick = value;
    }

    /** Queues {@code steps} steps and a snapshot. */
    void step(int steps) {
        thread.execute(() -> {
            trainer.run(steps);
            publish(trainer);
        });
    }

    /** Changes the learning rate of the current run from its next step. Any thread. */
    void setLearningRate(double value) {
        trainer.setLearningRate(value);
    }

    /** Changes the penalties of the current run from its next step. Any thread. */
    void setRegularization(Regularization value) {
        trainer.setRegularization(value);
    }

    private void tick() {
        if (!playing) {
            return;
        }
        Trainer t = trainer;
        int steps = stepsPerTick;
        if (steps == MAX_SPEED) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_SPEED_BUDGET_MILLIS);
            boolean going = true;
            while (going && System.nanoTime() < deadline) {
                going = t.step();
            }
        } else {
            t.run(steps);
        }
        publish(t);
    }

    /** Stops the thread; queued commands are dropped. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
