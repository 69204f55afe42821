package org.activationlab.ui;

import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs a test's set-up or tear-down on the JavaFX thread and waits for it, as TestFX's {@code @Start} and {@code @Stop} do. */
public final class FxThread {
    /** How long it may take: TestFX's own set-up timeout. */
    private static final long TIMEOUT_MILLIS = Long.getLong("testfx.setup.timeout", 30_000);

    private FxThread() {
    }

    /** Runs {@code action} on the JavaFX thread, waits until it and the events it caused are done, and rethrows its failure. */
    public static void run(Runnable action) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS, WaitForAsyncUtils.asyncFx(action));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
