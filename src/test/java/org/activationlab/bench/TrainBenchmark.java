package org.activationlab.bench;

import java.util.concurrent.TimeUnit;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.BareTrainingStep;
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

/**
 * Time of one training step of a 2-8-8-1 network (tanh or ReLU), float64, full-batch gradient
 * descent (lr 0.1, Xavier-uniform weights) on the moons or the circle task, with every diagnostic the trainer records
 * after a step (loss, accuracy, dead and saturated units, pre-activation moments, gradient
 * norms, update ratios): {@link #fullBatchStep}, the figure the target is about. {@link #bareStep}
 * times the same step without the diagnostics (forward, loss, backward, update), so the
 * difference is what the diagnostics cost. Sample mode: the p0.50 line is the median step time;
 * steps per second = 1e6 / median in microseconds. Target: at least 21,000 steps/s at 200 points
 * (3x PyTorch 1.13 float64 on one thread, about 7,000), and at least 12,300 steps/s at 1,000
 * points (3x PyTorch's 4,090; issue 15). PyTorch's side is {@code src/test/python/torch_train_step.py};
 * {@link TorchSideBySide} runs both in turns and prints the ratios. Run with
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args='TrainBenchmark -f 1 -wi 3 -i 5'}, one
 * case with e.g. {@code -p points=1000 -p activation=relu -p task=CIRCLE}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainBenchmark {
    @Param({"200", "1000"})
    int points;

    /** The hidden layers' activation. */
    @Param({"tanh", "relu"})
    String activation;

    /** The training task. */
    @Param({"MOONS", "CIRCLE"})
    Task task;

    private DataSplit data;
    private TrainingConfig config;
    private Trainer trainer;
    private BareTrainingStep bare;

    @Setup(Level.Trial)
    public void data() {
        data = task.split(points, 0, 0.1, 1);
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of(activation), 8, 8);
        config = TrainingConfig.defaults(spec).withInitializer(Initializer.xavierUniform());
    }

    /** A fresh run per iteration keeps the metrics history (one row per step) from growing without bound. */
    @Setup(Level.Iteration)
    public void freshRun() {
        trainer = new Trainer(config, data);
        bare = new BareTrainingStep(config, data);
    }

    @Benchmark
    public boolean fullBatchStep() {
        return trainer.step();
    }

    @Benchmark
    public double bareStep() {
        return bare.step();
    }
}
