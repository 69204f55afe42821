package org.activationlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Value plus derivative over a 4,096-point grid on [-8, 8] for every catalogue function, with
 * one {@code Math.exp} per point as the yardstick, and the curves view's workload: 12 functions
 * sampled together.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args='ActivationBenchmark -f 1 -wi 3 -i 5'}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ActivationBenchmark {
    private static final int POINTS = 4096;
    /** The twelve functions a busy curves view shows at once. */
    private static final List<String> TWELVE = List.of("sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu",
            "softplus", "gelu", "swish", "mish", "hard_swish", "softsign");

    @Param({"identity", "step", "sigmoid", "tanh", "relu", "leaky_relu", "prelu", "elu", "selu", "celu",
            "softplus", "gelu", "gelu_tanh", "swish", "mish", "hard_sigmoid", "hard_tanh", "hard_swish", "relu6",
            "softsign", "log_sigmoid", "maxout", "sin"})
    public String function;

    private Activation activation;
    private List<Activation> twelve;
    private final double[] xs = new double[POINTS];
    private final double[] values = new double[POINTS];
    private final double[] derivatives = new double[POINTS];

    @Setup
    public void setUp() {
        activation = Catalogue.get(function);
        twelve = TWELVE.stream().map(Catalogue::get).toList();
        for (int i = 0; i < POINTS; i++) {
            xs[i] = -8 + 16.0 * i / (POINTS - 1);
        }
    }

    /** The yardstick: one Math.exp per point. */
    @Benchmark
    public void exp(Blackhole bh) {
        for (int i = 0; i < POINTS; i++) {
            values[i] = Math.exp(xs[i]);
        }
        bh.consume(values);
    }

    /** Value and derivative of {@link #function} on the grid, through the fast path. */
    @Benchmark
    public void valueAndDerivative(Blackhole bh) {
        activation.fill(xs, values, derivatives);
        bh.consume(values);
        bh.consume(derivatives);
    }

    /** The curves view's sampling: twelve functions, value and derivative (one run per @Param is enough). */
    @Benchmark
    public void twelveFunctions(Blackhole bh) {
        for (Activation a : twelve) {
            a.fill(xs, values, derivatives);
            bh.consume(values);
            bh.consume(derivatives);
        }
    }
}
