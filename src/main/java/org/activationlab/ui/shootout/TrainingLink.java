package org.activationlab.ui.shootout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.Task;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.shootout.RunKey;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutTask;
import org.activationlab.ui.Messages;
import org.activationlab.ui.training.TrainingState;

/**
 * The Training tab's settings that train one run of a shoot-out again: the run's task with the
 * plan's points, noise and test share and the run's seed for the data (as {@code train --seed}
 * seeds both), the network, initialiser, optimiser, batch size and learning rate of the plan's
 * {@link ShootoutPlan#config configuration} for the run, and the run's seed for the weights; not
 * comparing. Both the shoot-out and the Training tab step an {@link org.activationlab.nn.Trainer}
 * made from a configuration and data, so the same settings give the same run, bit for bit.
 *
 * <p>A run is refused, with a message naming what cannot be set, rather than opened as a different
 * run: when it trains on a CSV file (the Training tab trains only on its built-in tasks; the run's
 * {@code train} command replays it), when the plan's number of points is outside the Training tab's
 * range, or when the configuration the settings give is not the plan's (a setting the Training tab
 * does not offer).
 */
public final class TrainingLink {
    private TrainingLink() {
    }

    /**
     * The settings that train run {@code key} of {@code plan}, with {@code current}'s speed (how fast the
     * tab plays is the user's choice, not part of the run).
     *
     * @throws IllegalArgumentException with a message for the user, when the Training tab cannot train that run
     */
    public static TrainingState state(ShootoutPlan plan, RunKey key, TrainingState current) {
        String run = name(plan, key);
        ShootoutTask planned = plan.tasks().get(key.task());
        if (planned instanceof ShootoutTask.Csv file) {
            throw new IllegalArgumentException(Messages.format(ShootoutKeys.OPEN_FILE, run,
                    file.file().path().toString()));
        }
        if (plan.points() < TrainingState.MIN_POINTS || plan.points() > TrainingState.MAX_POINTS) {
            throw new IllegalArgumentException(Messages.format(ShootoutKeys.OPEN_POINTS, run,
                    Integer.toString(plan.points()), Integer.toString(TrainingState.MIN_POINTS),
                    Integer.toString(TrainingState.MAX_POINTS)));
        }
        TrainingConfig config = plan.config(key);
        Task task = ((ShootoutTask.BuiltIn) planned).task();
        NetworkSpec network = config.network();
        List<TrainingState.Layer> layers = new ArrayList<>();
        for (int l = 0; l < network.depth(); l++) {
            layers.add(new TrainingState.Layer(network.hiddenUnits().get(l), network.activations().get(l)));
        }
        TrainingState state = current.with(e -> {
            e.task = task;
            e.points = plan.points();
            e.noise = ShootoutPlan.NOISE;
            e.testFraction = ShootoutPlan.TEST_FRACTION;
            e.dataSeed = key.seed();
            e.layers = layers;
            e.initializer = config.initializer();
            e.biasInit = config.biasInit();
            e.optimizer = config.optimizer();
            e.learningRate = config.learningRate();
            e.batchSize = config.batchSize();
            e.l2 = config.regularization().l2();
            e.seed = config.seed();
            e.comparison = Optional.empty();
        });
        if (!state.config().equals(config)) {
            throw new IllegalArgumentException(Messages.format(ShootoutKeys.OPEN_DIFFERENT, run));
        }
        return state;
    }

    /** The run as people name it: activation, task and seed, e.g. {@code ReLU on circle, seed 3}. */
    static String name(ShootoutPlan plan, RunKey key) {
        return Messages.format(ShootoutKeys.RUN_NAME, ShootoutViewModel.nameOf(plan.contenders().get(key.contender())),
                plan.tasks().get(key.task()).name(), Long.toString(key.seed()));
    }
}
