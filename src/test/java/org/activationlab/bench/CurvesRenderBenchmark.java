package org.activationlab.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.export.ExportException;
import org.activationlab.export.PngExporter;
import org.activationlab.export.SvgExporter;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureLayout;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.curves.CurveSampler;
import org.activationlab.plot.curves.CurveSet;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The curves view's frame: 12 functions x 2,000 points, values and derivatives, both panels,
 * 1600 x 1000. Sample-time mode, so JMH prints the median (p0.50) of each:
 * <ul>
 *   <li>{@code sampleOnly}: sampling alone;</li>
 *   <li>{@code frameDrawCalls}: sampling + figure building + every draw call into a no-op
 *       Graphics2D (target: median under 2 ms);</li>
 *   <li>{@code frameRasterised}: the same, rasterised into a 1600 x 1000 BufferedImage (target: under 16 ms);</li>
 *   <li>{@code png4k}: a 3840 x 2160 PNG file of the figure (target: under 1 s);</li>
 *   <li>{@code svg}: an SVG file of the figure (target: under 0.2 s).</li>
 * </ul>
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args='CurvesRenderBenchmark -f 1 -wi 3 -i 5'}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CurvesRenderBenchmark {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final List<String> TWELVE = List.of("sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu",
            "softplus", "gelu", "swish", "mish", "hard_swish", "softsign");

    private CurvesSettings settings;
    private Figure figure;
    private NullGraphics2D nullGraphics;
    private BufferedImage frame;
    private Path folder;

    @Setup
    public void setUp() throws IOException {
        settings = CurvesSettings.builder()
                .activations(TWELVE.stream().map(ActivationSpec::of).toList())
                .range(-6, 6).points(2000).panels(true, true).build();
        figure = CurvesFigureBuilder.build(settings);
        nullGraphics = new NullGraphics2D();
        frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        folder = Files.createTempDirectory("curves-bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public CurveSet sampleOnly() {
        return CurveSampler.sample(settings);
    }

    @Benchmark
    public FigureLayout frameDrawCalls() {
        Figure f = CurvesFigureBuilder.build(settings);
        return FigureRenderer.render(f, nullGraphics, WIDTH, HEIGHT, RenderOptions.DEFAULT);
    }

    @Benchmark
    public FigureLayout frameRasterised() {
        Figure f = CurvesFigureBuilder.build(settings);
        Graphics2D g = frame.createGraphics();
        try {
            return FigureRenderer.render(f, g, WIDTH, HEIGHT, RenderOptions.DEFAULT);
        } finally {
            g.dispose();
        }
    }

    @Benchmark
    public Path png4k() throws ExportException {
        Path file = folder.resolve("curves.png");
        PngExporter.write(figure, file, 1920, 1080, 2, RenderOptions.DEFAULT);
        return file;
    }

    @Benchmark
    public Path svg() throws ExportException {
        Path file = folder.resolve("curves.svg");
        SvgExporter.write(figure, file, WIDTH, HEIGHT, RenderOptions.DEFAULT);
        return file;
    }
}
