package org.activationlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationlab.ui.problems.Problem;
import org.activationlab.ui.problems.Problems;
import org.activationlab.ui.training.TrainingState;
import org.activationlab.ui.training.TrainingView;
import org.activationlab.ui.training.TrainingViewModel;

/**
 * A long lesson in a small heap: the Training tab (circle, 2-8-8-1 ReLU, every view on) plays at
 * maximum speed for N minutes, and every 10,000 steps the heap in use after a full GC is printed.
 * Memory that grows with the steps shows as a rising column, and the run ends with a failure if
 * training stops (a stall, or a failure reported to {@code Problems}) before the time is up. Not part
 * of {@code mvn verify} (the short check that runs there is {@code BoundedHistoryTest}):
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dexec.args="-Xmx160m -cp %classpath org.activationlab.bench.TrainingSoak [minutes]"</pre>
 *
 * <p>Monocle headless by default; with {@code -Dbench.display=x11} before the class name it uses
 * the X display in {@code DISPLAY}.
 */
public final class TrainingSoak {
    private static final int WIDTH = 1240;
    private static final int HEIGHT = 780;
    private static final long EVERY = 10_000;
    private static final long STALL_SECONDS = 60;

    private TrainingSoak() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        FxHarness.start();

        AtomicReference<TrainingViewModel> model = new AtomicReference<>();
        AtomicReference<Problem> problem = new AtomicReference<>();
        FxHarness.onFx(() -> {
            Problems.shared().addListener(problem::set);
            TrainingViewModel m = new TrainingViewModel(TrainingState.INITIAL, message -> { });
            TrainingView view = new TrainingView(m);
            Stage stage = new Stage();
            stage.setScene(new Scene(view.root(), WIDTH, HEIGHT));
            stage.show();
            view.start();
            m.setSpeed(0);
            m.play();
            model.set(m);
        });
        System.out.printf("max heap %.0f MB, %d cores, soak of %.1f min at maximum speed%n",
                Runtime.getRuntime().maxMemory() / 1e6, Runtime.getRuntime().availableProcessors(), minutes);
        System.out.printf("%10s %8s %16s%n", "step", "seconds", "heap after GC MB");
        long t0 = System.nanoTime();
        long end = t0 + (long) (minutes * 60e9);
        long next = EVERY;
        long lastStep = -1;
        long lastProgress = System.nanoTime();
        boolean failed = false;
        while (System.nanoTime() < end) {
            Thread.sleep(200);
            long step = step(model.get());
            if (step != lastStep) {
                lastStep = step;
                lastProgress = System.nanoTime();
            }
            if (step >= next) {
                System.out.printf("%10d %8.0f %16.1f%n", step, (System.nanoTime() - t0) / 1e9, heapAfterGc() / 1e6);
                next = (step / EVERY + 1) * EVERY;
            }
            if (problem.get() != null || System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(STALL_SECONDS)) {
                System.out.println("training stopped at step " + step + ": "
                        + (problem.get() != null ? problem.get() : "no new step for " + STALL_SECONDS + " s"));
                failed = true;
                break;
            }
        }
        System.out.printf("done: step %d after %.0f s, heap after GC %.1f MB%n", lastStep,
                (System.nanoTime() - t0) / 1e9, heapAfterGc() / 1e6);
        FxHarness.onFx(() -> model.get().close());
        Platform.exit();
        System.exit(failed ? 1 : 0);
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static long step(TrainingViewModel model) throws InterruptedException {
        AtomicLong step = new AtomicLong();
        FxHarness.onFx(() -> step.set(model.stepProperty().get()));
        return step.get();
    }

}
