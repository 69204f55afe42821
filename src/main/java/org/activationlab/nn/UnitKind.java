package org.activationlab.nn;

import java.util.Map;
import java.util.Optional;
import org.activationlab.model.Activation;

/**
 * How the units of a hidden layer turn pre-activations into outputs, and gradients back: the one
 * place where a layer's kind of unit is known. The network's layout, the trainer's forward and
 * backward passes, the diagnostics, the weight files and the figures ask a layer's unit kind,
 * never the activation's name.
 *
 * <p>A layer of u units has {@code u * rowsPerUnit()} pre-activation rows (one weight row and
 * bias each), then {@link #learnsAlpha() possibly one learned alpha}. Buffers are feature-major
 * ({@code [row * n, row * n + n)} holds row r for the n points), as in {@link Propagation}; the
 * kinds loop over arrays, so each pass is one call per layer and the inner loops stay simple.
 *
 * <p>The kinds today: {@link ElementwiseUnits} (f and f' of one pre-activation per unit),
 * {@link PreluUnits} (the same with a learned alpha), {@link MaxoutUnits} (k pieces per unit) and
 * {@link RreluUnits} (random slopes in training).
 */
public sealed interface UnitKind permits ElementwiseUnits, PreluUnits, MaxoutUnits, RreluUnits {

    /** The unit kind that {@code activation} gives a hidden layer (a typed formula is applied element by element). */
    static UnitKind of(Activation activation) {
        if (activation.info().userFormula()) {
            return new ElementwiseUnits(activation);
        }
        return switch (activation.name()) {
            case PreluUnits.NAME -> new PreluUnits(activation);
            case MaxoutUnits.NAME -> new MaxoutUnits(activation);
            case RreluUnits.NAME -> new RreluUnits(activation);
            default -> new ElementwiseUnits(activation);
        };
    }

    /** The activation that names the layer, with the values it was given. */
    Activation activation();

    /** Pre-activation rows per unit: 1, or Maxout's k pieces. */
    int rowsPerUnit();

    /** Whether the layer learns one alpha, stored right after its biases (PReLU). */
    default boolean learnsAlpha() {
        return false;
    }

    /** The alpha training starts from, when the layer {@link #learnsAlpha() learns one}. */
    default double initialAlpha() {
        return Double.NaN;
    }

    /**
     * The activation parameters that the network uses, in the activation's order: all of them,
     * except those that the layer's weights replace (Maxout's pieces: only k is used).
     */
    Map<String, Double> networkParameters();

    /**
     * What the weight files write for the layer after its weights and biases, in order, e.g.
     * PReLU's learned {@code "alpha"} or Maxout's {@code "pieces"} (an {@link Integer}).
     *
     * @param alpha the layer's learned alpha, NaN if it has none
     */
    Map<String, Number> layerFields(double alpha);

    /** Whether the forward pass stores one int per output for the backward pass (Maxout: the winning piece). */
    boolean routes();

    /**
     * Outputs {@code a} ({@code units x n}) from pre-activations {@code z} ({@code rows x n}).
     *
     * @param alpha the learned alpha, NaN for a layer without one
     * @param derivative where to store dy/dz per output ({@code units x n}), or null to skip it
     * @param route one int per output when {@link #routes()}, else null
     */
    void forward(double alpha, double[] z, int units, int n, double[] a, double[] derivative, int[] route);

    /**
     * Whether a training-mode pass differs from {@link #forward} (RReLU draws random slopes); the
     * trainer then runs the pass that makes an update with {@link #forwardTraining}.
     */
    default boolean randomInTraining() {
        return false;
    }

    /**
     * The forward pass of training mode, whose gradient makes an update: {@link #forward} for
     * every kind that is not {@link #randomInTraining() random in training}.
     *
     * @param noise the run's stream for random slopes, drawn from in element order
     */
    default void forwardTraining(double alpha, double[] z, int units, int n, double[] a, double[] derivative,
                                 int[] route, Rng noise) {
        forward(alpha, z, units, n, a, derivative, route);
    }

    /**
     * dL/dz ({@code rows x n}) from dL/dy ({@code units x n}), after a forward pass with derivatives.
     *
     * @return dL/d(alpha) when the layer {@link #learnsAlpha() learns one}, else NaN
     */
    double backward(double[] z, double[] dy, double[] derivative, int[] route, int units, int n, double[] dz);

    /**
     * Whether a unit can be dead (dy/dz = 0 on every input) or saturated, judged from the
     * stored derivatives. Maxout units always pass the gradient to one piece, so they cannot.
     */
    boolean canDieOrSaturate();

    /**
     * The function that each unit applies to its one pre-activation, with a learned alpha put in,
     * for drawing over the pre-activation histogram; empty when a unit's output depends on
     * several pre-activations (Maxout).
     *
     * @param alpha the layer's learned alpha, NaN if it has none
     */
    Optional<Activation> unitFunction(double alpha);
}
