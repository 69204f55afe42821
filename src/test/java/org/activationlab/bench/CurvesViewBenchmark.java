package org.activationlab.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.curves.CurveSampler;
import org.activationlab.plot.curves.CurveSet;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;
import org.activationlab.plot.curves.SampledCurve;
import org.activationlab.ui.FigureCanvas;

/**
 * The curves view's frame on the JavaFX side, headless (Monocle, software pipeline): 12 functions
 * x 2,000 points, values and derivatives (both panels), into a 1600 x 1000 canvas through
 * {@link FigureCanvas}, against the same samples in two JavaFX {@code LineChart}s (f above, f'
 * below) of the same size, measured alternately in the same run. Each frame follows a slider
 * step (the leaky slope changes), so every frame samples afresh.
 *
 * <p>Per frame, on the FX thread: <b>sample</b> (CurveSampler), <b>build</b> (the figure),
 * <b>draw</b> (FigureCanvas drawing the figure into its Java2D image and copying the pixels into
 * the shown image), <b>to screen</b> ({@code snapshot} of the canvas, which renders the scene
 * with the new image; the snapshot of an unchanged canvas is printed as the read-back share of
 * that). For the chart:
 * <b>data</b> (the series' points replaced), <b>layout</b> (CSS and layout, where the chart
 * builds its paths) and <b>rasterise</b> (snapshot). Prints medians and 90th percentiles in
 * milliseconds, and the ratios. For comparison it also times the same figure drawn by the same
 * renderer into a Java2D image (as PNG export does) and converted to an FX image.
 *
 * <p>Not a test (the bench package is excluded from {@code mvn verify}). Run:
 * {@code mvn -o -Pbench test-compile exec:exec -Dexec.args="-cp %classpath org.activationlab.bench.CurvesViewBenchmark"}
 * (optional arguments after the class name: warm-up frames, measured frames; default 150 and 60; a third
 * argument {@code canvas} times only the FigureCanvas frame, printing also its thread CPU time and one
 * line {@code frame-ms <wall median> <cpu median> <draw median>} that {@link RenderSideBySide} reads).
 */
public final class CurvesViewBenchmark {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int POINTS = 2000;
    private static final List<String> TWELVE = List.of("sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu",
            "softplus", "gelu", "swish", "mish", "hard_swish", "softsign");
    private static final double NANOS_PER_MS = 1e6;
    /**
     * Warm-up frames by default: enough for the JIT's optimising compiler to finish with the
     * renderer, so that the medians are the steady frame a dragged slider reaches. After the 30
     * frames used before, it was still compiling: on a quiet machine the whole frame's median was
     * 19.0 ms there against 11.9 ms after 150 (issue 14, 4).
     */
    private static final int STEADY_WARM_UP = 150;

    private final FigureCanvas canvas = new FigureCanvas();
    private final LineChart<Number, Number> values = chart("f(x)");
    private final LineChart<Number, Number> derivatives = chart("f'(x)");
    private final VBox charts = new VBox(values, derivatives);
    private final WritableImage canvasImage = new WritableImage(WIDTH, HEIGHT);
    private final WritableImage chartImage = new WritableImage(WIDTH, HEIGHT);
    private final Timings canvasTimes = new Timings("sample", "build", "draw", "to screen", "snapshot, unchanged");
    /** The FX thread's CPU time of each canvas frame (sample to screen), less sensitive to other processes than wall time. */
    private final Timings canvasCpu = new Timings("CPU, whole frame");
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Timings chartTimes = new Timings("sample", "data", "layout", "rasterise");
    private final Timings imageTimes = new Timings("sample + build", "Java2D raster", "to FX image");
    private final BufferedImage awtImage = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
    private int frame;

    private CurvesViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : STEADY_WARM_UP;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        boolean canvasOnly = args.length > 2 && args[2].equals("canvas");
        headless();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CurvesViewBenchmark bench = new CurvesViewBenchmark();
        onFx(() -> {
            bench.show();
            return null;
        });
        bench.run(warmUp, canvasOnly);
        bench.canvasTimes.clear();
        bench.canvasCpu.clear();
        bench.chartTimes.clear();
        bench.imageTimes.clear();
        bench.run(measured, canvasOnly);
        if (canvasOnly) {
            bench.reportCanvas(warmUp, measured);
        } else {
            bench.report(warmUp, measured);
        }
        Platform.exit();
    }

    private void run(int frames, boolean canvasOnly) throws Exception {
        for (int i = 0; i < frames; i++) {
            onFx(this::canvasFrame);
            if (!canvasOnly) {
                onFx(this::chartFrame);
                onFx(this::imageFrame);
            }
        }
    }

    /** Monocle's headless platform and the software pipeline, as the UI tests use. */
    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "2560x1600-32");
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("a frame took more than a minute");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static LineChart<Number, Number> chart(String yLabel) {
        NumberAxis x = new NumberAxis(-6, 6, 1);
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
        for (String name : TWELVE) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name);
            chart.getData().add(series);
        }
        return chart;
    }

    private Object show() {
        Stage canvasStage = new Stage();
        canvasStage.setScene(new Scene(new StackPane(canvas), WIDTH, HEIGHT));
        canvasStage.show();
        Stage chartStage = new Stage();
        chartStage.setScene(new Scene(charts, WIDTH, HEIGHT));
        chartStage.show();
        return null;
    }

    /** The settings after the next step of a dragged slope slider. */
    private CurvesSettings nextSettings() {
        frame++;
        List<Activation> functions = new ArrayList<>();
        for (String name : TWELVE) {
            Activation a = Catalogue.get(name);
            functions.add(name.equals("leaky_relu") ? a.with("slope", 0.01 + (frame % 50) * 0.005) : a);
        }
        return CurvesSettings.builder().activations(functions.stream().map(ActivationSpec::of).toList()).range(-6, 6).points(POINTS).panels(true, true).build();
    }

    private Object canvasFrame() {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CurvesSettings settings = nextSettings();
        CurveSet data = CurveSampler.sample(settings);
        long t1 = System.nanoTime();
        Figure figure = CurvesFigureBuilder.build(settings, data);
        long t2 = System.nanoTime();
        canvas.setFigure(figure);
        long t3 = System.nanoTime();
        canvas.snapshot(null, canvasImage);
        long t4 = System.nanoTime();
        long cpu4 = threads.getCurrentThreadCpuTime();
        canvas.snapshot(null, canvasImage);
        long t5 = System.nanoTime();
        canvasTimes.add(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4);
        canvasCpu.add(cpu4 - cpu0);
        return null;
    }

    private Object chartFrame() {
        long t0 = System.nanoTime();
        CurveSet data = CurveSampler.sample(nextSettings());
        long t1 = System.nanoTime();
        for (int i = 0; i < data.curves().size(); i++) {
            SampledCurve curve = data.curves().get(i);
            values.getData().get(i).getData().setAll(points(curve, true));
            derivatives.getData().get(i).getData().setAll(points(curve, false));
        }
        long t2 = System.nanoTime();
        charts.applyCss();
        charts.layout();
        long t3 = System.nanoTime();
        charts.snapshot(null, chartImage);
        long t4 = System.nanoTime();
        chartTimes.add(t1 - t0, t2 - t1, t3 - t2, t4 - t3);
        return null;
    }

    /** For comparison: the same renderer into a Java2D image (as PNG export does), then made an FX image. */
    private Object imageFrame() {
        long t0 = System.nanoTime();
        CurvesSettings settings = nextSettings();
        Figure figure = CurvesFigureBuilder.build(settings, CurveSampler.sample(settings));
        long t1 = System.nanoTime();
        Graphics2D g = awtImage.createGraphics();
        try {
            FigureRenderer.render(figure, g, WIDTH, HEIGHT, canvas.getRenderOptions());
        } finally {
            g.dispose();
        }
        long t2 = System.nanoTime();
        SwingFXUtils.toFXImage(awtImage, canvasImage);
        long t3 = System.nanoTime();
        imageTimes.add(t1 - t0, t2 - t1, t3 - t2);
        return null;
    }

    private static ObservableList<XYChart.Data<Number, Number>> points(SampledCurve curve, boolean value) {
        double[] xs = curve.xs();
        List<XYChart.Data<Number, Number>> list = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            list.add(new XYChart.Data<>(xs[i], value ? curve.value(i) : curve.derivative(i)));
        }
        return FXCollections.observableArrayList(list);
    }

    private void reportCanvas(int warmUp, int measured) {
        System.out.printf(Locale.ROOT, "Curves view frame: %d functions x %d points, f and f', %d x %d, Monocle headless, "
                + "prism %s; %d warm-up and %d measured frames, FigureCanvas only.%n", TWELVE.size(), POINTS, WIDTH, HEIGHT,
                System.getProperty("prism.order"), warmUp, measured);
        System.out.println("FigureCanvas (ms)        median     p90");
        canvasTimes.print();
        canvasCpu.print();
        System.out.printf(Locale.ROOT, "frame-ms %.3f %.3f %.3f%n", canvasTimes.medianOfSum(0, 4),
                canvasCpu.medianOfSum(0, 1), canvasTimes.medianOfSum(2, 3));
    }

    private void report(int warmUp, int measured) {
        System.out.printf(Locale.ROOT, "Curves view frame: %d functions x %d points, f and f', %d x %d, Monocle headless, "
                + "prism %s; %d warm-up and %d measured frames each, alternating.%n", TWELVE.size(), POINTS, WIDTH, HEIGHT,
                System.getProperty("prism.order"), warmUp, measured);
        System.out.println("FigureCanvas (ms)        median     p90");
        canvasTimes.print();
        double canvasCalls = canvasTimes.medianOfSum(0, 3);
        double canvasFrame = canvasTimes.medianOfSum(0, 4);
        System.out.printf(Locale.ROOT, "  sample + build + draw       %8.2f%n", canvasCalls);
        System.out.printf(Locale.ROOT, "  whole frame incl. raster    %8.2f   (target < 16 ms)%n", canvasFrame);
        System.out.println("LineChart x 2 (ms)       median     p90");
        chartTimes.print();
        double chartUpdate = chartTimes.medianOfSum(1, 3);
        double chartFrame = chartTimes.medianOfSum(0, 4);
        System.out.printf(Locale.ROOT, "  data + layout               %8.2f%n", chartUpdate);
        System.out.printf(Locale.ROOT, "  whole frame incl. raster    %8.2f%n", chartFrame);
        System.out.printf(Locale.ROOT, "Ratio LineChart / FigureCanvas: whole frame %.1fx, update without raster %.1fx "
                + "(chart data + layout vs canvas build + draw)%n", chartFrame / canvasFrame,
                chartUpdate / canvasTimes.medianOfSum(1, 3));
        System.out.println("For comparison, Java2D image (ms) median     p90");
        imageTimes.print();
        System.out.printf(Locale.ROOT, "  whole frame                 %8.2f   (%.1fx faster than the canvas frame)%n",
                imageTimes.medianOfSum(0, 3), canvasFrame / imageTimes.medianOfSum(0, 3));
    }

    /** Per-stage times of many frames. */
    private static final class Timings {
        private final String[] stages;
        private final List<long[]> frames = new ArrayList<>();

        Timings(String... stages) {
            this.stages = stages;
        }

        void add(long... nanos) {
            frames.add(nanos);
        }

        void clear() {
            frames.clear();
        }

        void print() {
            for (int s = 0; s < stages.length; s++) {
                double[] ms = stage(s, s + 1);
                System.out.printf(Locale.ROOT, "  %-26s %8.2f %7.2f%n", stages[s], percentile(ms, 0.5), percentile(ms, 0.9));
            }
        }

        /** The median over frames of the sum of stages [from, to). */
        double medianOfSum(int from, int to) {
            return percentile(stage(from, to), 0.5);
        }

        private double[] stage(int from, int to) {
            double[] ms = new double[frames.size()];
            for (int f = 0; f < ms.length; f++) {
                long sum = 0;
                for (int s = from; s < to; s++) {
                    sum += frames.get(f)[s];
                }
                ms[f] = sum / NANOS_PER_MS;
            }
            return ms;
        }

        private static double percentile(double[] values, double p) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
        }
    }
}
