package org.activationlab.nn;

import java.util.Optional;
import org.activationlab.model.Activation;

/**
 * A catalogue activation applied unit by unit: y = f(z), dy/dz = f'(z) from {@link Activation#fill},
 * the activation's own fast path for a whole array.
 */
record ElementwiseUnits(Activation activation) implements UnitKind {

    @Override
    public void forward(double alpha, double[] z, int units, int n, double[] a, double[] derivative, int[] route) {
        activation.fill(z, a, derivative);
    }

    @Override
    public double backward(double[] z, double[] dy, double[] derivative, int[] route, int units, int n, double[] dz) {
        multiply(dy, derivative, dz);
        return Double.NaN;
    }

    /** out = a * b, element by element. */
    static void multiply(double[] a, double[] b, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i] * b[i];
        }
    }

    @Override
    public Optional<Activation> unitFunction(double alpha) {
        return Optional.of(activation);
    }
}
