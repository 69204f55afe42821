package org.activationlab.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts JavaFX for a benchmark harness run from {@code main} (Monocle's headless platform unless
 * {@code -Dbench.display=x11}, software rendering) and runs actions on its thread.
 */
final class FxHarness {
    private FxHarness() {
    }

    /** Starts the JavaFX platform and waits until it runs. */
    static void start() throws InterruptedException {
        if (!"x11".equals(System.getProperty("bench.display"))) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("headless.geometry", "2560x1080-32");
        }
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }

    /** Runs {@code action} on the JavaFX thread and waits for it, at most 60 s. */
    static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer within 60 s");
        }
    }
}
