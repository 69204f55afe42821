package org.activationlab.nn.neuron;

import org.activationlab.model.Activation;
import org.activationlab.nn.Rng;
import org.activationlab.nn.NnTexts;

/**
 * k stacked fully connected layers, the last with one output: why depth needs non-linearity
 * (source text, section 1). With the identity between layers, y = W_k(...(W_2(W_1 x + b_1) + b_2)...) + b_k
 * is the single affine map y = (W_k ... W_1) x + (W_k(...(W_2 b_1 + b_2)...) + b_k), whatever k is;
 * with a non-linear activation between layers it is not.
 *
 * <p>The weights and biases are random multiples of 1/4 in [-2, 2]. With at most
 * {@value #MAX_LAYERS} layers of at most {@value #MAX_WIDTH} units, every product and partial sum of
 * the stack and of its composition, evaluated at a multiple of 1/64 in [-4, 4], is a dyadic
 * rational with fewer than 53 significant bits, so double arithmetic is exact: the stack with
 * the identity and {@link #compose()} agree bit for bit.
 */
public final class LinearStack {
    /** The most layers (the output layer included). */
    public static final int MAX_LAYERS = 6;
    /** The most units in a hidden layer, and inputs. */
    public static final int MAX_WIDTH = 4;
    /** Weights are multiples of this. */
    private static final double QUANTUM = 0.25;

    /** Per layer, {@code [out][in]}. */
    private final double[][][] weights;
    /** Per layer, one per output. */
    private final double[][] biases;

    private LinearStack(double[][][] weights, double[][] biases) {
        this.weights = weights;
        this.biases = biases;
    }

    /**
     * A stack of {@code layers} layers reading {@code inputs} inputs, with {@code width} units in
     * each hidden layer and one output, drawn from {@code seed}.
     *
     * @throws IllegalArgumentException if a size is outside its range
     */
    public static LinearStack random(int inputs, int width, int layers, long seed) {
        requireRange("inputs", inputs, 1, MAX_WIDTH);
        requireRange("width", width, 1, MAX_WIDTH);
        requireRange("layers", layers, 1, MAX_LAYERS);
        Rng rng = new Rng(seed);
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        int in = inputs;
        for (int l = 0; l < layers; l++) {
            int out = l == layers - 1 ? 1 : width;
            w[l] = new double[out][in];
            b[l] = new double[out];
            for (int j = 0; j < out; j++) {
                for (int m = 0; m < in; m++) {
                    w[l][j][m] = quantum(rng);
                }
                b[l][j] = quantum(rng);
            }
            in = out;
        }
        return new LinearStack(w, b);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(NnTexts.format("error.stack." + name, min, max, value));
        }
    }

    /** A multiple of 1/4 in [-2, 2], each of the seventeen equally likely. */
    private static double quantum(Rng rng) {
        return (rng.nextInt(17) - 8) * QUANTUM;
    }

    /** The number of layers. */
    public int layers() {
        return weights.length;
    }

    /** The number of inputs. */
    public int inputs() {
        return weights[0][0].length;
    }

    /** A copy of the weights of layer {@code layer} (0-based), {@code [out][in]}. */
    public double[][] weights(int layer) {
        double[][] copy = new double[weights[layer].length][];
        for (int j = 0; j < copy.length; j++) {
            copy[j] = weights[layer][j].clone();
        }
        return copy;
    }

    /** A copy of the biases of layer {@code layer} (0-based). */
    public double[] biases(int layer) {
        return biases[layer].clone();
    }

    /**
     * The stack's output at {@code x}, with {@code activation} applied after every layer but the
     * last (the output is linear).
     */
    public double evaluate(Activation activation, double... x) {
        if (x.length != inputs()) {
            throw new IllegalArgumentException("the stack takes " + inputs() + " inputs, got " + x.length);
        }
        double[] h = x;
        for (int l = 0; l < weights.length; l++) {
            double[] z = affine(weights[l], biases[l], h);
            if (l < weights.length - 1) {
                for (int j = 0; j < z.length; j++) {
                    z[j] = activation.value(z[j]);
                }
            }
            h = z;
        }
        return h[0];
    }

    /** W h + b, each dot product summed in input order before the bias is added. */
    private static double[] affine(double[][] w, double[] b, double[] h) {
        double[] z = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            double sum = 0;
            for (int m = 0; m < h.length; m++) {
                sum += w[j][m] * h[m];
            }
            z[j] = sum + b[j];
        }
        return z;
    }

    /**
     * The one affine map the stack is with the identity activation: W = W_k ... W_1 and
     * b = W_k(...(W_2 b_1 + b_2)...) + b_k, computed layer by layer. Exact (see the class comment).
     */
    public AffineMap compose() {
        int inputs = inputs();
        // The running map x -> A x + c of the layers so far, A as [out][in].
        double[][] a = identity(inputs);
        double[] c = new double[inputs];
        for (int l = 0; l < weights.length; l++) {
            double[][] w = weights[l];
            double[][] nextA = new double[w.length][inputs];
            for (int j = 0; j < w.length; j++) {
                for (int i = 0; i < inputs; i++) {
                    double sum = 0;
                    for (int m = 0; m < a.length; m++) {
                        sum += w[j][m] * a[m][i];
                    }
                    nextA[j][i] = sum;
                }
            }
            a = nextA;
            c = affine(w, biases[l], c);
        }
        return new AffineMap(a[0], c[0]);
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }
}
