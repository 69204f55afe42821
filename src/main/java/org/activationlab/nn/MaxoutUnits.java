package org.activationlab.nn;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.activationlab.model.Activation;

/**
 * Maxout: each unit has k pieces z_j = w_j . x + b_j with their own weights and bias, and outputs
 * max_j z_j; the gradient goes to the winning piece, the first maximal one on ties (as
 * {@code torch.max(dim)}). Rows {@code u * k} to {@code u * k + k - 1} are the pieces of unit u.
 * k comes from the function's parameter; its w and b parameters play no part (the weights are
 * learned). Goodfellow et al. 2013, "Maxout networks".
 */
record MaxoutUnits(Activation activation, int pieces) implements UnitKind {
    /** The catalogue name that makes a hidden layer a Maxout layer. */
    static final String NAME = "maxout";
    private static final String K = "k";

    MaxoutUnits(Activation activation) {
        this(activation, (int) Math.round(activation.parameterValues().get(K)));
    }

    @Override
    public int rowsPerUnit() {
        return pieces;
    }

    @Override
    public Map<String, Double> networkParameters() {
        return Map.of(K, (double) pieces);
    }

    @Override
    public Map<String, Number> layerFields(double alpha) {
        return Map.of("pieces", pieces);
    }

    @Override
    public boolean routes() {
        return true;
    }

    /** a_u = max_j z_{u k + j}, remembering the first maximal piece. */
    @Override
    public void forward(double alpha, double[] z, int units, int n, double[] a, double[] derivative, int[] route) {
        for (int u = 0; u < units; u++) {
            int ao = u * n;
            int zo = u * pieces * n;
            for (int i = 0; i < n; i++) {
                a[ao + i] = z[zo + i];
                route[ao + i] = 0;
            }
            for (int j = 1; j < pieces; j++) {
                int po = zo + j * n;
                for (int i = 0; i < n; i++) {
                    if (z[po + i] > a[ao + i]) {
                        a[ao + i] = z[po + i];
                        route[ao + i] = j;
                    }
                }
            }
        }
    }

    /** dL/dz of the winning piece is dL/dy; the other pieces get 0. */
    @Override
    public double backward(double[] z, double[] dy, double[] derivative, int[] route, int units, int n, double[] dz) {
        Arrays.fill(dz, 0);
        for (int u = 0; u < units; u++) {
            int ao = u * n;
            int zo = u * pieces * n;
            for (int i = 0; i < n; i++) {
                dz[zo + route[ao + i] * n + i] = dy[ao + i];
            }
        }
        return Double.NaN;
    }

    @Override
    public boolean canDieOrSaturate() {
        return false;
    }

    @Override
    public Optional<Activation> unitFunction(double alpha) {
        return Optional.empty();
    }
}
