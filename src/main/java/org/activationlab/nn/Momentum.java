package org.activationlab.nn;

/** Heavy-ball momentum as {@code torch.optim.SGD}: b = g first, then b = mu b + g; delta = -lr b. */
final class Momentum implements Optimizer {
    private final double momentum;
    private final double[] buffer;
    private boolean started;

    Momentum(int size, double momentum) {
        this.momentum = momentum;
        this.buffer = new double[size];
    }

    @Override
    public void computeDelta(double[] g, double learningRate, double[] delta) {
        for (int i = 0; i < g.length; i++) {
            buffer[i] = started ? buffer[i] * momentum + g[i] : g[i];
            delta[i] = -learningRate * buffer[i];
        }
        started = true;
    }
}
