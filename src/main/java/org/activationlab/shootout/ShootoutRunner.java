package org.activationlab.shootout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

/**
 * Runs a plan's runs as independent tasks on an executor the caller owns (the CLI's thread pool, the
 * app's background pool), each run single-threaded and seeded by its own key, and merges the finished
 * runs in the plan's fixed order: the result does not depend on the number of threads or on which run
 * finished first.
 *
 * <p>Cancelling: the runs poll {@code cancelled} before every step; a run that sees it stops and is
 * dropped, runs not yet started do not start, and the result holds exactly the runs that finished,
 * each complete.
 */
public final class ShootoutRunner {
    /** Told of each finished run, on the thread that ran it. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param run the run that finished
         * @param done how many runs have finished so far
         * @param total how many runs the plan has
         */
        void finished(RunResult run, int done, int total);
    }

    private ShootoutRunner() {
    }

    /**
     * Runs {@code plan} on {@code executor} and waits for every run to finish or give up. The executor
     * must run every task it accepts (one that drops tasks silently would leave this call waiting), and
     * must not be the one whose thread calls this method if it has a single thread.
     *
     * @param cancelled polled by the runs; true stops them
     * @param progress told of each finished run
     */
    public static ShootoutResult run(ShootoutPlan plan, Executor executor, BooleanSupplier cancelled,
                                     Progress progress) {
        int total = plan.runCount();
        AtomicReferenceArray<RunResult> results = new AtomicReferenceArray<>(total);
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Void>> tasks = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            RunKey key = plan.key(i);
            tasks.add(CompletableFuture.runAsync(() -> {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                Optional<RunResult> result = RunTraining.run(plan, key, cancelled);
                result.ifPresent(r -> {
                    results.set(key.index(), r);
                    progress.finished(r, done.incrementAndGet(), total);
                });
            }, executor));
        }
        CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
        List<RunResult> finished = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (results.get(i) != null) {
                finished.add(results.get(i));
            }
        }
        return new ShootoutResult(plan, finished, finished.size() == total);
    }
}
