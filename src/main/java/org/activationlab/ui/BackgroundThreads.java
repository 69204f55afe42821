package org.activationlab.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The background threads of the views: daemon threads, so they never keep the app alive. */
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

    /** {@code threads} daemon threads called {@code name} that run tasks side by side. */
    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }
}
