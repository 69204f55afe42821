package org.activationlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationlab.ui.FigureCanvas;
import org.activationlab.ui.training.TrainingState;
import org.activationlab.ui.training.TrainingView;
import org.activationlab.ui.training.TrainingViewModel;

/**
 * Responsiveness of the Training tab under Monocle headless (software rendering): a 2-8-8-1
 * ReLU network on 500 circle points with every view on (prediction, network diagram,
 * pre-activation histograms, history), playing at maximum speed. Prints, per measuring window,
 * the frames drawn per second (redraws of the prediction canvas; all four views redraw
 * together), the training steps per second, and the CPU time per frame of the JavaFX thread
 * (layout, copying pixels in), of the threads that build and draw the figures off it (the view
 * model's {@code training-figures} lane and the canvases' figure drawing threads, rasterising
 * with Java2D), of the render thread (putting the scene on screen) and of the training
 * thread, then their medians. On a shared machine the wall-clock rates depend on the load
 * (printed); the CPU times per frame do much less. Optional arguments after the speed hide views by CSS id
 * (e.g. {@code #training-surface}) to see what each costs. Not part of {@code mvn verify}:
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dexec.args="-cp %classpath org.activationlab.bench.TrainingPanelBenchmark [windows] [seconds] [steps per frame, 0 = max]"</pre>
 *
 * <p>With {@code -Dbench.display=x11} in the exec arguments (before the class name) it uses the
 * X display in {@code DISPLAY} (e.g. Xvfb) instead of Monocle.
 */
public final class TrainingPanelBenchmark {
    private static final int WIDTH = 1240;
    private static final int HEIGHT = 780;

    private TrainingPanelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int windows = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        int speed = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        FxHarness.start();

        AtomicReference<TrainingViewModel> model = new AtomicReference<>();
        AtomicReference<FigureCanvas> surface = new AtomicReference<>();
        FxHarness.onFx(() -> {
            TrainingState setup = TrainingState.INITIAL.with(e -> e.points = 500);
            TrainingViewModel m = new TrainingViewModel(setup, message -> { });
            TrainingView view = new TrainingView(m);
            Stage stage = new Stage();
            stage.setScene(new Scene(view.root(), WIDTH, HEIGHT));
            stage.show();
            view.start();
            m.setSpeed(speed);
            for (int i = 3; i < args.length; i++) {
                view.root().lookup(args[i]).setVisible(false);
            }
            m.play();
            model.set(m);
            surface.set((FigureCanvas) view.root().lookup("#training-surface"));
        });
        Thread.sleep(2000);
        double[] fps = new double[windows];
        double[] stepsPerSecond = new double[windows];
        double[] fxMs = new double[windows];
        double[] renderMs = new double[windows];
        double[] drawingMs = new double[windows];
        double[] trainingMs = new double[windows];
        long[] threads = {threadId("JavaFX Application Thread"), threadId("QuantumRenderer-0"), threadId("training")};
        long[] drawingThreads = LongStream.concat(LongStream.of(threadIds("figure drawing")),
                LongStream.of(threadIds("training-figures"))).toArray();
        System.out.printf("load average before: %.2f on %d cores%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-8s %10s %10s %14s %14s %14s %14s%n", "window", "frames/s", "steps/s", "FX ms/frame",
                "off-FX ms/fr", "render ms/fr", "training ms/fr");
        for (int w = 0; w < windows; w++) {
            long[] before = counts(model.get(), surface.get());
            long[] cpuBefore = cpu(threads);
            long drawingBefore = LongStream.of(cpu(drawingThreads)).sum();
            long t0 = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            long[] after = counts(model.get(), surface.get());
            long[] cpuAfter = cpu(threads);
            long drawingAfter = LongStream.of(cpu(drawingThreads)).sum();
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long frames = Math.max(1, after[0] - before[0]);
            fps[w] = (after[0] - before[0]) / elapsed;
            stepsPerSecond[w] = (after[1] - before[1]) / elapsed;
            fxMs[w] = (cpuAfter[0] - cpuBefore[0]) / 1e6 / frames;
            renderMs[w] = (cpuAfter[1] - cpuBefore[1]) / 1e6 / frames;
            trainingMs[w] = (cpuAfter[2] - cpuBefore[2]) / 1e6 / frames;
            drawingMs[w] = (drawingAfter - drawingBefore) / 1e6 / frames;
            System.out.printf("%-8d %10.1f %10.0f %14.1f %14.1f %14.1f %14.1f%n", w + 1, fps[w], stepsPerSecond[w], fxMs[w],
                    drawingMs[w], renderMs[w], trainingMs[w]);
        }
        System.out.printf("median   %10.1f %10.0f %14.1f %14.1f %14.1f %14.1f%n", median(fps), median(stepsPerSecond),
                median(fxMs), median(drawingMs), median(renderMs), median(trainingMs));
        System.out.printf("load average after: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        FxHarness.onFx(() -> model.get().close());
        Platform.exit();
    }

    /** The id of the live thread called {@code name}. */
    private static long threadId(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no thread called " + name)).getId();
    }

    /** The ids of the live threads called {@code name} (none when no view draws in the background). */
    private static long[] threadIds(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).mapToLong(Thread::getId)
                .toArray();
    }

    /** CPU nanoseconds used so far by each thread. */
    private static long[] cpu(long[] threads) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long[] times = new long[threads.length];
        for (int i = 0; i < threads.length; i++) {
            times[i] = bean.getThreadCpuTime(threads[i]);
        }
        return times;
    }

    /** Redraws of the prediction canvas and the step shown, read on the FX thread. */
    private static long[] counts(TrainingViewModel model, FigureCanvas surface) throws InterruptedException {
        AtomicLong draws = new AtomicLong();
        AtomicLong step = new AtomicLong();
        FxHarness.onFx(() -> {
            draws.set(surface.drawCount());
            step.set(model.stepProperty().get());
        });
        return new long[] {draws.get(), step.get()};
    }


    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
