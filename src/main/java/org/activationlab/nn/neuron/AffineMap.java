package org.activationlab.nn.neuron;

/**
 * y = w . x + b: one linear layer with one output.
 *
 * @param weights w, one per input
 * @param bias b
 */
public record AffineMap(double[] weights, double bias) {

    public AffineMap {
        weights = weights.clone();
    }

    /** A copy of w. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** w . x + b, the dot product summed in input order. */
    public double apply(double... x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("the map takes " + weights.length + " inputs, got " + x.length);
        }
        double sum = 0;
        for (int m = 0; m < x.length; m++) {
            sum += weights[m] * x[m];
        }
        return sum + bias;
    }
}
