package org.activationlab.shootout;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.activationlab.nn.LayerDiagnostics;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.nn.TrainingStatus;

/**
 * Trains one run of a plan on the calling thread, step by step exactly as {@code train} does (a
 * {@link Trainer} from the run's configuration and data, stepped until the plan's steps or a
 * divergence), and measures it. Diagnostics are the trainer's own, taken at every step; the curve
 * keeps only the recorded steps.
 */
final class RunTraining {
    private RunTraining() {
    }

    /** The result of run {@code key}, or empty when {@code cancelled} turned true before it finished. */
    static Optional<RunResult> run(ShootoutPlan plan, RunKey key, BooleanSupplier cancelled) {
        double validationLoss = Double.NaN;
        if (plan.tunesRate()) {
            Trainer validation = new Trainer(plan.config(key), plan.validationData(key));
            if (!train(validation, plan.steps(), cancelled, new int[0], new double[0], Double.NaN, new int[] {-1})) {
                return Optional.empty();
            }
            validationLoss = validation.snapshot().history().testLoss(validation.steps());
        }
        Trainer trainer = new Trainer(plan.config(key), plan.data(key));
        int[] recorded = plan.recordedSteps();
        double[] curve = new double[recorded.length];
        int[] reached = {-1};
        if (!train(trainer, plan.steps(), cancelled, recorded, curve, plan.targetAccuracy(), reached)) {
            return Optional.empty();
        }
        TrainingSnapshot end = trainer.snapshot();
        int step = end.step();
        double dead = 0;
        double saturated = 0;
        int units = 0;
        List<LayerDiagnostics> layers = end.layers();
        for (int l = 0; l < layers.size(); l++) {
            int n = plan.hidden().get(l);
            dead += layers.get(l).deadFraction() * n;
            saturated += layers.get(l).saturatedFraction() * n;
            units += n;
        }
        return Optional.of(new RunResult(key, trainer.loss(), end.history().testLoss(step),
                end.history().testAccuracy(step), reached[0] < 0 ? OptionalInt.empty() : OptionalInt.of(reached[0]),
                dead / units, saturated / units,
                end.divergence().map(d -> OptionalInt.of(d.step())).orElse(OptionalInt.empty()), curve,
                validationLoss));
    }

    /**
     * Steps {@code trainer} as {@code MetricsCsv.train} does, filling the curve at the recorded steps and
     * {@code reached[0]} with the first step whose training accuracy is at least {@code target} (never when it is NaN).
     *
     * @return false if cancelled before the end
     */
    private static boolean train(Trainer trainer, int steps, BooleanSupplier cancelled, int[] recorded,
                                 double[] curve, double target, int[] reached) {
        int next = 0;
        while (true) {
            int step = trainer.steps();
            boolean running = trainer.status() == TrainingStatus.RUNNING;
            if (reached[0] < 0 && running && trainer.accuracy() >= target) {
                reached[0] = step;
            }
            while (next < recorded.length && recorded[next] <= step) {
                curve[next++] = running ? trainer.loss() : Double.POSITIVE_INFINITY;
            }
            if (step >= steps || !running) {
                break;
            }
            if (cancelled.getAsBoolean()) {
                return false;
            }
            trainer.step();
        }
        while (next < recorded.length) {
            curve[next++] = Double.POSITIVE_INFINITY;
        }
        return true;
    }
}
