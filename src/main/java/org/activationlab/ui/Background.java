package org.activationlab.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.problems.Problems;

/**
 * The app's one facility for background work: every thread of the views (training, figure
 * drawing, the depth study, property analyses, exports) comes from here. Threads are daemons (they
 * never keep the app alive), named after their work (a thread dump says what runs), and bounded
 * (a lane is one thread, a pool a fixed number); {@link #shutdown()} stops them all when the app
 * exits. A task given with {@code execute} that throws is reported to {@link Problems} as a
 * failure of the lane's {@link ProblemSource}, and the thread lives on for the next task (tasks
 * given as futures report through their future). Nothing of the app runs on the JDK's common
 * pool: the depth study's parallel streams run on a {@link #forkJoinPool} of their own.
 *
 * <p>Written on the JDK's executors rather than a library: they already bound, name and stop
 * threads; what is added is the naming, the reporting and one place to stop everything.
 */
public final class Background {
    private static final Background SHARED = new Background(Problems.shared());
    /** How long {@link #shutdown()} waits for each executor's running task to notice. */
    private static final long SHUTDOWN_WAIT_MILLIS = 500;

    private final Problems problems;
    private final List<ExecutorService> executors = new CopyOnWriteArrayList<>();
    private final Map<String, ExecutorService> sharedPools = new HashMap<>();

    Background(Problems problems) {
        this.problems = problems;
    }

    /** The facility of this process. */
    public static Background shared() {
        return SHARED;
    }

    /**
     * The pool called {@code name} that every caller shares (e.g. the drawing threads of all
     * figure canvases), made with {@code threads} threads on first use and again after a
     * {@link #shutdown()}.
     */
    public synchronized ExecutorService sharedPool(String name, int threads, ProblemSource source) {
        ExecutorService pool = sharedPools.get(name);
        if (pool == null || pool.isShutdown()) {
            pool = pool(name, threads, source);
            sharedPools.put(name, pool);
        }
        return pool;
    }

    /**
     * A fork/join pool of one thread per core called {@code name}, for tasks that split their work
     * with parallel streams: the streams of a task run here run on this pool's threads, not on the
     * JDK's common pool. Failures are {@code source}'s.
     */
    public ExecutorService forkJoinPool(String name, ProblemSource source) {
        ForkJoinPool.ForkJoinWorkerThreadFactory factory = pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName(name);
            t.setDaemon(true);
            return t;
        };
        return register(new ForkJoinPool(Runtime.getRuntime().availableProcessors(), factory,
                (thread, failure) -> problems.report(source, failure), false));
    }

    /** One thread called {@code name} that runs tasks in order; failures are {@code source}'s. */
    public ExecutorService lane(String name, ProblemSource source) {
        return pool(name, 1, source);
    }

    /** {@code threads} threads called {@code name} that run tasks side by side; failures are {@code source}'s. */
    public ExecutorService pool(String name, int threads, ProblemSource source) {
        return register(new Reporting(threads, daemons(name), source));
    }

    /**
     * One thread called {@code name} for tasks now and at fixed rates; failures are {@code source}'s,
     * and a periodic task that fails keeps its schedule (the JDK would cancel it silently).
     */
    public ScheduledExecutorService scheduler(String name, ProblemSource source) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, daemons(name)) {
            @Override
            public void execute(Runnable task) {
                super.execute(reporting(task, source));
            }

            @Override
            public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, long initialDelay, long period, TimeUnit unit) {
                return super.scheduleAtFixedRate(reporting(task, source), initialDelay, period, unit);
            }
        };
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        return register(scheduler);
    }

    /**
     * Stops every thread made here: queued tasks are dropped and running ones interrupted. A lane,
     * pool or scheduler that has stopped drops what it is given later (a control of a closed
     * window may still send its last edit, e.g. on losing focus); only the fork/join pools refuse.
     */
    public void shutdown() {
        for (ExecutorService e : executors) {
            e.shutdownNow();
        }
        for (ExecutorService e : executors) {
            try {
                e.awaitTermination(SHUTDOWN_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        executors.clear();
    }

    /** Forgets {@code executor} after stopping it (a view model that closes before the app does). */
    public void stop(ExecutorService executor) {
        executor.shutdownNow();
        executors.remove(executor);
    }

    private <E extends ExecutorService> E register(E executor) {
        executors.add(executor);
        return executor;
    }

    private static ThreadFactory daemons(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }

    private Runnable reporting(Runnable task, ProblemSource source) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error failure) {
                problems.report(source, failure);
            }
        };
    }

    /** A fixed pool whose plain tasks report their failures. */
    private final class Reporting extends ThreadPoolExecutor {
        private final ProblemSource source;

        Reporting(int threads, ThreadFactory factory, ProblemSource source) {
            super(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory,
                    new ThreadPoolExecutor.DiscardPolicy());
            this.source = source;
        }

        @Override
        public void execute(Runnable task) {
            super.execute(reporting(task, source));
        }
    }
}
