package org.activationlab.model;

import java.util.List;

/**
 * Binary step (Heaviside), the perceptron's activation.
 *
 * <p>f(x) = 1 for x &gt;= 0, 0 for x &lt; 0 (step(0) = 1, the convention of the perceptron and of
 * the usual activation tables); f'(x) = 0 everywhere, as autograd gives for a comparison.
 * Range {0, 1}. No parameters. Its gradient is zero everywhere, so it saturates everywhere and
 * cannot be trained by back-propagation (source text, section 6, property 4).
 * Rosenblatt, F. (1958). The perceptron.
 */
final class Step extends FixedActivation {
    Step() {
        super(new ActivationInfo("step", "f(x) = 1 if x >= 0, else 0",
                "f(x) = \\begin{cases} 1 & \\quad x \\geq 0 \\\\ 0 & \\quad x < 0 \\end{cases}",
                "f'(x) = 0",
                "Rosenblatt, F. (1958). The perceptron: a probabilistic model for information storage and organization in the brain."));
    }

    @Override
    public double value(double x) {
        return Double.isNaN(x) ? x : x >= 0 ? 1 : 0;
    }

    @Override
    public double derivative(double x) {
        return 0;
    }

    @Override
    public List<Double> kinks() {
        return List.of(0.0);
    }
}
