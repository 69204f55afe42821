package org.activationlab.ui.shootout;

import java.util.List;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;

/**
 * Shoot-outs a lesson can set up (named in lesson files by {@link org.activationlab.ui.lessons.PresetIds}).
 * Each sets every setting, so that it shows the same whatever the tab held before.
 */
public enum ShootoutPreset {
    /**
     * ReLU against tanh (the baseline is ReLU) on the circle, 2 x 8 hidden units, each activation's
     * default initialiser, plain gradient descent on the whole set, 1,000 steps, 20 seeds, one rate
     * of 0.1, target accuracy 0.95: the claim "ReLU trains faster than tanh" asked of 20 seeds.
     */
    RELU_VS_TANH(false),
    /** The same, each activation with its best rate of 0.01, 0.03, 0.1 and 0.3 (a fair comparison). */
    RELU_VS_TANH_TUNED(true);

    private static final int SEEDS = 20;

    private final boolean tuned;

    ShootoutPreset(boolean tuned) {
        this.tuned = tuned;
    }

    /** The preset's settings (they replace every setting of {@code state}). */
    public ShootoutState apply(ShootoutState state) {
        ActivationSpec relu = ActivationSpec.of("relu");
        return new ShootoutState(List.of(relu, ActivationSpec.of("tanh")), List.of(Task.CIRCLE), 2, 8, false,
                Optional.empty(), OptimizerKind.GD, 0, 1000, SEEDS, 0.1, ShootoutState.DEFAULT_GRID, tuned, relu, 0.95);
    }
}
