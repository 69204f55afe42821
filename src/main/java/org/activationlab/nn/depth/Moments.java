package org.activationlab.nn.depth;

/**
 * The population mean and standard deviation of some values, two-pass.
 *
 * @param mean the mean
 * @param std sqrt(mean of squared deviations)
 */
record Moments(double mean, double std) {

    static Moments of(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            double d = v - mean;
            squares += d * d;
        }
        return new Moments(mean, Math.sqrt(squares / values.length));
    }
}
