package org.activationlab.nn;

import java.util.Map;
import java.util.Optional;
import org.activationlab.model.Activation;
import org.activationlab.model.Gate;

/**
 * Gated linear units: a layer of u units is {@code Linear(in, 2u)}, whose rows 0 to u - 1 give
 * the values a and rows u to 2u - 1 the gates b, as {@code torch.nn.functional.glu} splits
 * ({@code z[:, :u] * g(z[:, u:])}); unit j outputs h_j = a_j g(b_j) with a_j = z_j and
 * b_j = z_(u + j). The gate g is the {@link Gate}'s (sigmoid, relu, gelu, silu).
 *
 * <p>Backward, as PyTorch autograd on {@code a * g(b)}: dL/da = dL/dh g(b) and
 * dL/db = dL/dh a g'(b). The forward pass stores both partials in the derivative buffer,
 * {@code 2u x n}: row j holds dh/da = g(b_j), row u + j holds dh/db = a_j g'(b_j)
 * ({@link #partialsPerUnit()} = 2, in the same order as the rows).
 *
 * <p>Initialisation: the layer is one {@code nn.Linear(in, 2u)}, so a scheme's fanOut is 2u
 * ({@link #initFanOut}) and its fanIn the layer's inputs; the next layer's fanIn is u, the
 * number of outputs h. Dauphin et al. 2017; Shazeer 2020, "GLU variants improve Transformer".
 *
 * @param activation the gated unit's diagonal x g(x) (the layer's {@link org.activationlab.model.GatedSpec}
 *        resolved), which names the layer
 * @param gate the unit
 */
record GatedUnits(Activation activation, Gate gate) implements UnitKind {

    @Override
    public int rowsPerUnit() {
        return 2;
    }

    /** Row j (a) for piece 0 and row u + j (b) for piece 1. */
    @Override
    public int row(int unit, int piece, int units) {
        return piece * units + unit;
    }

    /** Two partials per unit: dh/da in rows 0 to u - 1, dh/db in rows u to 2u - 1. */
    @Override
    public int partialsPerUnit() {
        return 2;
    }

    /** 2u: the layer is one {@code Linear(in, 2u)}. */
    @Override
    public int initFanOut(int units) {
        return 2 * units;
    }

    /** None: the gated units have no parameters. */
    @Override
    public Map<String, Double> networkParameters() {
        return Map.of();
    }

    /** h_j = a_j g(b_j), storing g(b_j) and a_j g'(b_j) when {@code derivative} is given ({@link Gate#forward}). */
    @Override
    public void forward(double alpha, double[] z, int units, int n, double[] a, double[] derivative, int[] route) {
        gate.forward(z, units * n, a, derivative);
    }

    /** dL/da = dL/dh g(b), dL/db = dL/dh a g'(b), from the stored partials. */
    @Override
    public double backward(double[] z, double[] dy, double[] derivative, int[] route, int units, int n, double[] dz) {
        int gates = units * n;
        for (int i = 0; i < gates; i++) {
            dz[i] = dy[i] * derivative[i];
            dz[gates + i] = dy[i] * derivative[gates + i];
        }
        return Double.NaN;
    }

    /** Whether each unit has a gate that can close (|g(b)| &lt; 0.01): always. */
    @Override
    public boolean gated() {
        return true;
    }

    /** Empty: a unit's output depends on two pre-activations. */
    @Override
    public Optional<Activation> unitFunction(double alpha) {
        return Optional.empty();
    }
}
