package org.activationlab.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.shootout.Contender;
import org.activationlab.shootout.ShootoutCsv;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutTask;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.ShootoutRunner;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shoot-out workload in process: 4 activations x 10 seeds x 1,000 steps of a 2-8-8-1
 * network on 200 circle points, runs and the three files' text, on 1 or 2 threads. The whole
 * command adds the JVM's start (measure it with {@code time java -jar ... shootout ...}).
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args='ShootoutBenchmark -f 1 -wi 2 -i 5'}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Thread)
public class ShootoutBenchmark {
    @Param({"1", "2"})
    public int threads;

    private ExecutorService pool;
    private ShootoutPlan plan;

    @Setup(Level.Trial)
    public void setUp() {
        pool = Executors.newFixedThreadPool(threads);
        plan = new ShootoutPlan(List.of("relu", "gelu", "tanh", "sigmoid").stream()
                .map(name -> Contender.of(ActivationSpec.of(name))).toList(), ShootoutTask.builtIn(Task.CIRCLE),
                List.of(8, 8), 200, 1000, 10, List.of(0.1), Optional.empty(), OptimizerKind.GD, 0, 0.95, 0);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    /** The 40 runs and the three files' text. */
    @Benchmark
    public int shootout() {
        ShootoutResult result = ShootoutRunner.run(plan, pool, () -> false, (run, done, total) -> { });
        return ShootoutCsv.runs(result).length() + ShootoutCsv.curves(result).length()
                + ShootoutCsv.summary(result).length();
    }
}
