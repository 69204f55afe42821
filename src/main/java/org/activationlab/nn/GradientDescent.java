package org.activationlab.nn;

/** Plain gradient descent: delta = -lr g. */
final class GradientDescent implements Optimizer {
    @Override
    public void computeDelta(double[] g, double learningRate, double[] delta) {
        for (int i = 0; i < g.length; i++) {
            delta[i] = -learningRate * g[i];
        }
    }
}
