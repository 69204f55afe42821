package org.activationlab.nn;

import java.util.Optional;
import org.activationlab.model.Activation;

/**
 * Randomized leaky ReLU units, as PyTorch's {@code nn.RReLU}. In evaluation (metrics, test set,
 * predictions) they are the catalogue function: y = z for z &gt; 0, a z otherwise with
 * a = (lower + upper) / 2. In a training-mode pass (the one whose gradient makes an update),
 * every element with z &lt;= 0 draws its own slope r from U(lower, upper), y = r z and
 * dy/dz = r, as {@code rrelu_with_noise} does in training (it draws only where the input is
 * &lt;= 0, and its backward multiplies by that noise). The slopes come from the run's own random
 * stream, so a seed replays the same run.
 * Xu, Wang, Chen &amp; Li (2015). Empirical evaluation of rectified activations in convolutional network.
 */
record RreluUnits(Activation activation) implements UnitKind {
    /** The catalogue name of randomized leaky ReLU. */
    static final String NAME = "rrelu";

    @Override
    public void forward(double alpha, double[] z, int units, int n, double[] a, double[] derivative, int[] route) {
        activation.fill(z, a, derivative);
    }

    @Override
    public boolean randomInTraining() {
        return true;
    }

    @Override
    public void forwardTraining(double alpha, double[] z, int units, int n, double[] a, double[] derivative,
                                int[] route, Rng noise) {
        double lower = activation.parameterValues().get("lower");
        double upper = activation.parameterValues().get("upper");
        for (int i = 0; i < units * n; i++) {
            double slope = z[i] > 0 ? 1 : noise.uniform(lower, upper);
            a[i] = z[i] > 0 ? z[i] : slope * z[i];
            if (derivative != null) {
                derivative[i] = slope;
            }
        }
    }

    @Override
    public double backward(double[] z, double[] dy, double[] derivative, int[] route, int units, int n, double[] dz) {
        ElementwiseUnits.multiply(dy, derivative, dz);
        return Double.NaN;
    }

    @Override
    public Optional<Activation> unitFunction(double alpha) {
        return Optional.of(activation);
    }
}
