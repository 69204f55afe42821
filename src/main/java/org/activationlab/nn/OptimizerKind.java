package org.activationlab.nn;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The update rules, each with PyTorch's semantics (so that a replay with {@code torch.optim}
 * gives the same weights). g is the gradient including regularisation, lr the learning rate.
 * <ul>
 *   <li>{@code gd}, {@code torch.optim.SGD(lr)}: p = p - lr g.</li>
 *   <li>{@code momentum}, {@code torch.optim.SGD(lr, momentum=mu)} (no dampening, not Nesterov):
 *       b = g on the first step, then b = mu b + g; p = p - lr b.</li>
 *   <li>{@code adam}, {@code torch.optim.Adam(lr)} with betas (0.9, 0.999) and eps 1e-8:
 *       m = beta1 m + (1 - beta1) g; v = beta2 v + (1 - beta2) g^2; at step t,
 *       p = p - (lr / (1 - beta1^t)) m / (sqrt(v) / sqrt(1 - beta2^t) + eps).
 *       Kingma &amp; Ba 2015, "Adam: a method for stochastic optimization".</li>
 * </ul>
 */
public enum OptimizerKind {
    GD("gd"),
    MOMENTUM("momentum"),
    ADAM("adam");

    private final String cliName;

    OptimizerKind(String cliName) {
        this.cliName = cliName;
    }

    /** The command-line name. */
    public String cliName() {
        return cliName;
    }

    /**
     * The optimiser called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known optimisers
     */
    public static OptimizerKind byName(String name) {
        for (OptimizerKind k : values()) {
            if (k.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException(NnTexts.format("error.optimizer.unknown", name,
                Arrays.stream(values()).map(OptimizerKind::cliName).collect(Collectors.joining(", "))));
    }

    /** A fresh optimiser of this kind for {@code size} parameters. */
    Optimizer create(int size, double momentum) {
        return switch (this) {
            case GD -> new GradientDescent();
            case MOMENTUM -> new Momentum(size, momentum);
            case ADAM -> new Adam(size);
        };
    }
}
