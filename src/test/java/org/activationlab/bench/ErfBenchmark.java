package org.activationlab.bench;

import java.util.concurrent.TimeUnit;
import org.activationlab.model.Erf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Erf#erf}, {@link Erf#erfc} and {@link Erf#erfcx} against one {@code Math.exp} per
 * point, over the same 4,096-point grid on [-8, 8] as {@link ActivationBenchmark}. Compare the
 * scores as ratios to {@code exp} measured in the same run.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args='ErfBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1'}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ErfBenchmark {
    private static final int POINTS = 4096;

    private final double[] xs = new double[POINTS];
    private final double[] values = new double[POINTS];

    @Setup
    public void setUp() {
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

    @Benchmark
    public void erf(Blackhole bh) {
        for (int i = 0; i < POINTS; i++) {
            values[i] = Erf.erf(xs[i]);
        }
        bh.consume(values);
    }

    @Benchmark
    public void erfc(Blackhole bh) {
        for (int i = 0; i < POINTS; i++) {
            values[i] = Erf.erfc(xs[i]);
        }
        bh.consume(values);
    }

    @Benchmark
    public void erfcx(Blackhole bh) {
        for (int i = 0; i < POINTS; i++) {
            values[i] = Erf.erfcx(xs[i]);
        }
        bh.consume(values);
    }
}
