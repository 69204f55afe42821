package org.activationlab.ui;

import javafx.animation.AnimationTimer;

/**
 * Runs an action at most once per JavaFX pulse however often it is requested in between: a
 * slider dragged across many values within one frame causes one redraw, with the newest value.
 * Request it by calling {@link #run()} on the JavaFX application thread.
 */
public final class PulseCoalescer implements Runnable {
    private final Runnable action;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            pending = false;
            action.run();
        }
    };
    private boolean pending;

    /** Coalesces requests for {@code action}. */
    public PulseCoalescer(Runnable action) {
        this.action = action;
    }

    /** Asks for the action to run in the next pulse; does nothing when it already will. */
    @Override
    public void run() {
        if (!pending) {
            pending = true;
            timer.start();
        }
    }
}
