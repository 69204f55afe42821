package org.activationlab.nn;

import java.util.Arrays;
import java.util.Optional;
import org.activationlab.model.Activation;

/**
 * An immutable copy of a network's parameters, with the forward pass for drawing decision
 * surfaces and unit outputs. Layer indices run over the hidden layers and then the output
 * layer ({@link #layerCount()} - 1). Weight matrices are {@code weights[row][input]}, as
 * PyTorch's {@code nn.Linear.weight}; a Maxout layer has one row per piece, unit by unit.
 */
public final class NetworkWeights {
    private final NetworkSpec spec;
    private final Layout layout;
    private final double[] parameters;

    NetworkWeights(NetworkSpec spec, Layout layout, double[] parameters) {
        this.spec = spec;
        this.layout = layout;
        this.parameters = parameters.clone();
    }

    /** The architecture. */
    public NetworkSpec spec() {
        return spec;
    }

    /** The number of layers, the output layer included. */
    public int layerCount() {
        return layout.layerCount();
    }

    /** The shape of layer {@code layer}. */
    public LayerShape layer(int layer) {
        return layout.layer(layer);
    }

    /** The activation of layer {@code layer} (identity for the output layer). */
    public Activation activation(int layer) {
        return layout.layer(layer).activation();
    }

    /** Weight {@code [row][input]} of layer {@code layer}. */
    public double weight(int layer, int row, int input) {
        LayerShape s = layout.layer(layer);
        return parameters[s.weightOffset() + row * s.inputs() + input];
    }

    /** A copy of the weights of layer {@code layer}, {@code [row][input]}. */
    public double[][] weights(int layer) {
        LayerShape s = layout.layer(layer);
        double[][] w = new double[s.rows()][];
        for (int r = 0; r < s.rows(); r++) {
            int from = s.weightOffset() + r * s.inputs();
            w[r] = Arrays.copyOfRange(parameters, from, from + s.inputs());
        }
        return w;
    }

    /** A copy of the biases of layer {@code layer}, one per row. */
    public double[] bias(int layer) {
        LayerShape s = layout.layer(layer);
        return Arrays.copyOfRange(parameters, s.biasOffset(), s.biasOffset() + s.rows());
    }

    /** The learned PReLU alpha of layer {@code layer}, NaN if it has none. */
    public double alpha(int layer) {
        LayerShape s = layout.layer(layer);
        return s.hasAlpha() ? parameters[s.alphaOffset()] : Double.NaN;
    }

    /**
     * The function each unit of hidden layer {@code layer} applies to its one pre-activation, with
     * the learned alpha put in; empty when a unit's output depends on several pre-activations
     * (see {@link UnitKind#unitFunction}).
     */
    public Optional<Activation> unitFunction(int layer) {
        return layout.layer(layer).unitKind().unitFunction(alpha(layer));
    }

    /** All parameters in the trainer's flat order (layer by layer: weights, biases, alpha). */
    double[] parameters() {
        return parameters.clone();
    }

    /**
     * The network's prediction for each point of {@code inputs} (point-major, 2 values per
     * point for classification, 1 for regression): the probability of label 1, or the regression value.
     */
    public double[] predict(double[] inputs) {
        Workspace w = forward(inputs);
        double[] out = w.out.clone();
        if (layout.type() == ProblemType.CLASSIFICATION) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Loss.sigmoid(out[i]);
            }
        }
        return out;
    }

    /**
     * The output of every hidden unit for each point of {@code inputs} (point-major, as for
     * {@link #predict}): {@code [layer][unit][point]}.
     */
    public double[][][] hiddenOutputs(double[] inputs) {
        Workspace w = forward(inputs);
        double[][][] result = new double[layout.hiddenCount()][][];
        for (int l = 0; l < result.length; l++) {
            int units = layout.layer(l).units();
            result[l] = new double[units][];
            for (int u = 0; u < units; u++) {
                result[l][u] = Arrays.copyOfRange(w.a[l], u * w.size, (u + 1) * w.size);
            }
        }
        return result;
    }

    private Workspace forward(double[] inputs) {
        int d = layout.inputs();
        if (inputs.length % d != 0) {
            throw new IllegalArgumentException("inputs come in groups of " + d + ", got " + inputs.length + " values");
        }
        Workspace w = new Workspace(layout, inputs.length / d);
        Propagation.forward(layout, parameters, Propagation.featureMajor(inputs, d), w, false);
        return w;
    }
}
