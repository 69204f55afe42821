package org.activationlab.nn;

/**
 * Adam with PyTorch's defaults and operation order: m = m beta1 + (1 - beta1) g,
 * v = v beta2 + (1 - beta2) g g, denominator sqrt(v) / sqrt(1 - beta2^t) + eps,
 * delta = -(lr / (1 - beta1^t)) (m / denominator).
 */
final class Adam implements Optimizer {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double[] m;
    private final double[] v;
    private int t;

    Adam(int size) {
        m = new double[size];
        v = new double[size];
    }

    @Override
    public void computeDelta(double[] g, double learningRate, double[] delta) {
        t++;
        double stepSize = learningRate / (1 - StrictMath.pow(BETA1, t));
        double correction2Sqrt = Math.sqrt(1 - StrictMath.pow(BETA2, t));
        for (int i = 0; i < g.length; i++) {
            m[i] = m[i] * BETA1 + (1 - BETA1) * g[i];
            v[i] = v[i] * BETA2 + (1 - BETA2) * g[i] * g[i];
            double denominator = Math.sqrt(v[i]) / correction2Sqrt + EPSILON;
            delta[i] = -stepSize * (m[i] / denominator);
        }
    }
}
