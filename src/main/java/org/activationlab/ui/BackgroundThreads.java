package org.activationlab.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The background threads of the views: each a single daemon thread, so they never keep the app alive. */
public final class BackgroundThreads {
    private BackgroundThreads() {
    }

    /** One daemon thread called {@code name} that runs tasks in order. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }
}
