package org.activationlab.nn;

import java.util.Map;
import org.activationlab.model.Activation;

/** How a layer turns its pre-activations into outputs, and so how gradients flow back through it. */
public enum LayerKind {
    /** A catalogue activation applied unit by unit, its derivative taken from {@link Activation}. */
    FUNCTION,
    /**
     * PReLU with one learnable alpha for the whole layer: y = z for z &gt; 0, alpha z otherwise;
     * dy/dz = 1 for z &gt; 0, alpha otherwise (PyTorch's choice at 0); dy/dalpha = z for z &lt;= 0,
     * else 0. He et al. 2015, "Delving deep into rectifiers".
     */
    PRELU,
    /**
     * Maxout: each unit has k pieces z_j = w_j . x + b_j and outputs max_j z_j; the gradient
     * goes to the winning piece, the first maximal one on ties (as {@code torch.max(dim)}).
     * Goodfellow et al. 2013, "Maxout networks".
     */
    MAXOUT,
    /** The output unit: linear (the classification loss applies the sigmoid). */
    OUTPUT;

    /** The catalogue name that makes a hidden layer learn its PReLU alpha. */
    public static final String PRELU_NAME = "prelu";
    /** The catalogue name that makes a hidden layer a Maxout layer. */
    public static final String MAXOUT_NAME = "maxout";

    /** The kind of hidden layer {@code activation} makes. */
    public static LayerKind of(Activation activation) {
        return switch (activation.name()) {
            case PRELU_NAME -> PRELU;
            case MAXOUT_NAME -> MAXOUT;
            default -> FUNCTION;
        };
    }

    /**
     * The parameters of {@code activation} that a network uses, as the weights files list them:
     * all of them, except only {@code k} for Maxout (its pieces are learnt weights).
     */
    public static Map<String, Double> networkParameters(Activation activation) {
        return of(activation) == MAXOUT
                ? Map.of("k", (double) Layout.maxoutPieces(activation))
                : activation.parameterValues();
    }
}
