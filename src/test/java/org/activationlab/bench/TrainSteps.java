package org.activationlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.BareTrainingStep;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Task;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;

/**
 * The app's side of {@link TorchSideBySide}'s step comparison, in a process of its own: the
 * {@link TrainBenchmark} step (2-8-8-1, float64, full-batch gradient descent, lr 0.1, Xavier
 * uniform, circle task) timed in blocks of 50 steps after a warm-up, as
 * {@code src/test/python/torch_train_step.py} times PyTorch's. Prints
 * {@code java-step-us FULL BARE FULL_WALL BARE_WALL}: the medians over blocks of the time per step,
 * in microseconds, of the trainer's step with every diagnostic and of the {@link BareTrainingStep}
 * (forward, loss, backward, update), as the thread's CPU time (what a loaded, shared machine
 * distorts least), then as wall time.
 *
 * <p>Arguments: {@code ACTIVATION POINTS SECONDS [TEST_FRACTION]} (seconds of measurement per side;
 * the share of the points held out as the test set, which the trainer evaluates after every step:
 * 0 by default, 0.2 in the shoot-out). The bare step against the full one says what the shoot-out
 * would gain by computing diagnostics only at its recorded steps.
 */
public final class TrainSteps {
    private static final int BLOCK = 50;

    private TrainSteps() {
    }

    public static void main(String[] args) {
        String activation = args[0];
        int points = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        double testFraction = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        DataSplit data = Task.CIRCLE.split(points, testFraction, 0.1, 1);
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of(activation), 8, 8);
        TrainingConfig config = TrainingConfig.defaults(spec).withInitializer(Initializer.xavierUniform());
        Trainer[] trainer = {new Trainer(config, data)};
        BareTrainingStep bare = new BareTrainingStep(config, data);
        DoubleSupplier full = () -> {
            if (!trainer[0].step() || trainer[0].steps() >= 20_000) {
                trainer[0] = new Trainer(config, data);
            }
            return trainer[0].loss();
        };
        time(full, 1.5);
        time(bare::step, 1.5);
        double[] fullMedians = time(full, seconds);
        double[] bareMedians = time(bare::step, seconds);
        System.out.printf(Locale.ROOT, "java-step-us %.3f %.3f %.3f %.3f%n", fullMedians[0], bareMedians[0],
                fullMedians[1], bareMedians[1]);
    }

    /**
     * The medians over blocks of {@value #BLOCK} steps of the time per step (µs), thread CPU time and
     * wall time, blocks taken for {@code seconds}.
     */
    private static double[] time(DoubleSupplier step, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        double sink = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < BLOCK; i++) {
                sink += step.getAsDouble();
            }
            wall.add((System.nanoTime() - t0) / 1e3 / BLOCK);
            cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e3 / BLOCK);
        }
        if (Double.isNaN(sink)) {
            System.out.println("the loss became NaN");
        }
        return new double[] {median(cpu), median(wall)};
    }

    private static double median(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().skip((values.size() - 1) / 2)
                .limit(2 - values.size() % 2).average().orElse(Double.NaN);
    }
}
