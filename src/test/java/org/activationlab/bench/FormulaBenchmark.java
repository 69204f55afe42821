package org.activationlab.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Task;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 13's speed targets, each formula side by side with the built-in it spells out (compare
 * the two lines of one run; the machine is shared, so only ratios mean something):
 * <ul>
 *   <li>{@link #valueAndDerivative}: f and f' on 4,096 points in [-8, 8], Mish written as
 *       {@code x * tanh(softplus(x))} against the built-in (target: formula within 3x);</li>
 *   <li>{@link #trainingStep}: one full-batch step of the 2-8-8-1 network of {@link TrainBenchmark}
 *       on moons (200 points), tanh written as {@code tanh(x)} against the built-in (target: at
 *       least a third of the built-in's steps per second).</li>
 * </ul>
 * Sample mode: the p0.50 line is the median. Run with
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args='FormulaBenchmark -f 1 -wi 3 -i 5'}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormulaBenchmark {
    private static final int POINTS = 4096;

    @Param({"builtin", "formula"})
    String kind;

    private Activation mish;
    private final double[] xs = new double[POINTS];
    private final double[] values = new double[POINTS];
    private final double[] derivatives = new double[POINTS];
    private TrainingConfig config;
    private DataSplit data;
    private Trainer trainer;

    @Setup(Level.Trial)
    public void setUp() {
        boolean formula = kind.equals("formula");
        mish = formula ? ActivationSpec.formula("x * tanh(softplus(x))", Map.of()).resolve() : Catalogue.get("mish");
        for (int i = 0; i < POINTS; i++) {
            xs[i] = -8 + 16.0 * i / (POINTS - 1);
        }
        ActivationSpec tanh = formula ? ActivationSpec.formula("tanh(x)", Map.of()) : ActivationSpec.of("tanh");
        data = Task.MOONS.split(200, 0, 0.1, 1);
        config = TrainingConfig.defaults(NetworkSpec.of(ProblemType.CLASSIFICATION, tanh, 8, 8))
                .withInitializer(Initializer.xavierUniform());
    }

    /** A fresh run per iteration keeps the metrics history from growing without bound. */
    @Setup(Level.Iteration)
    public void freshRun() {
        trainer = new Trainer(config, data);
    }

    /** Mish's value and derivative on the grid. */
    @Benchmark
    public void valueAndDerivative(Blackhole bh) {
        mish.fill(xs, values, derivatives);
        bh.consume(values);
        bh.consume(derivatives);
    }

    /** One training step with tanh hidden units. */
    @Benchmark
    public boolean trainingStep() {
        return trainer.step();
    }
}
