package org.activationlab.nn;

import java.util.Map;
import java.util.Optional;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;

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
 * {@link RreluUnits} (random slopes in training) and {@link GatedUnits} (a g(b) from two rows).
 */
public sealed interface UnitKind permits ElementwiseUnits, PreluUnits, MaxoutUnits, RreluUnits, GatedUnits {

    /**
     * The unit kind that {@code activation} gives a hidden layer (a typed formula is applied element
     * by element; a gated unit's {@link Gate#diagonal() diagonal}, which a
     * {@link org.activationlab.model.GatedSpec} resolves to, gives {@link GatedUnits}).
     */
    static UnitKind of(Activation activation) {
        if (activation.info().userFormula()) {
            return new ElementwiseUnits(activation);
        }
        Optional<Gate> gate = Catalogue.contains(activation.name()) ? Optional.empty() : Gate.named(activation.name());
        if (gate.isPresent()) {
            return new GatedUnits(activation, gate.get());
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

    /** Pre-activation rows per unit: 1 (the default), Maxout's k pieces, or a gated unit's 2 (a and b). */
    default int rowsPerUnit() {
        return 1;
    }

    /**
     * The pre-activation row of piece {@code piece} (0 to {@link #rowsPerUnit()} - 1) of unit
     * {@code unit} in a layer of {@code units} units: a unit's rows are next to each other
     * ({@code unit * rowsPerUnit() + piece}), except for gated units, whose a rows come first
     * ({@code piece * units + unit}).
     */
    default int row(int unit, int piece, int units) {
        return unit * rowsPerUnit() + piece;
    }

    /**
     * Partial derivatives the forward pass stores per output: the derivative buffer holds
     * {@code partialsPerUnit() * units} rows, partial p of unit j in row {@code p * units + j}.
     * 1 (dy/dz), or a gated unit's 2 (dh/da, then dh/db).
     */
    default int partialsPerUnit() {
        return 1;
    }

    /**
     * The fanOut an {@link Initializer} uses for the layer's weights: its units (each Maxout
     * piece counts as a layer of its own), or a gated layer's 2u (one {@code Linear(in, 2u)}).
     */
    default int initFanOut(int units) {
        return units;
    }

    /** Whether the units are gated, a g(b), so that a share of {@link UnitHealth#isClosed closed gates} means something. */
    default boolean gated() {
        return false;
    }

    /** Whether the layer learns one alpha, stored right after its biases (PReLU). */
    default boolean learnsAlpha() {
        return false;
    }

    /** The alpha training starts from, when the layer {@link #learnsAlpha() learns one}. */
    default double initialAlpha() {
        return Double.NaN;
    }

    /**
     * The activation parameters that the network uses, in the activation's order: all of them (the
     * default), except those that the layer's weights replace (Maxout's pieces: only k is used).
     */
    default Map<String, Double> networkParameters() {
        return activation().parameterValues();
    }

    /**
     * What the weight files write for the layer after its weights and biases, in order, e.g.
     * PReLU's learned {@code "alpha"} or Maxout's {@code "pieces"} (an {@link Integer}); none by default.
     *
     * @param alpha the layer's learned alpha, NaN if it has none
     */
    default Map<String, Number> layerFields(double alpha) {
        return Map.of();
    }

    /**
     * Whether the forward pass stores one int per output for the backward pass (Maxout: the winning
     * piece); false by default.
     */
    default boolean routes() {
        return false;
    }

    /**
     * Outputs {@code a} ({@code units x n}) from pre-activations {@code z} ({@code rows x n}).
     *
     * @param alpha the learned alpha, NaN for a layer without one
     * @param derivative where to store the partials per output ({@code partialsPerUnit() * units x n}), or null to skip it
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
     * Whether a unit can be dead (every stored partial 0 on every input) or saturated, judged from the
     * stored derivatives (true by default). Maxout units always pass the gradient to one piece, so they cannot.
     */
    default boolean canDieOrSaturate() {
        return true;
    }

    /**
     * The function that each unit applies to its one pre-activation, with a learned alpha put in,
     * for drawing over the pre-activation histogram; empty when a unit's output depends on
     * several pre-activations (Maxout).
     *
     * @param alpha the layer's learned alpha, NaN if it has none
     */
    Optional<Activation> unitFunction(double alpha);
}
