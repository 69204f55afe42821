package org.activationlab.nn;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.model.Catalogue;

/** Every layer's shape and parameter offsets, hidden layers first and the output layer last. */
final class Layout {
    private final ProblemType type;
    private final LayerShape[] layers;
    private final int parameterCount;

    private Layout(ProblemType type, LayerShape[] layers) {
        this.type = type;
        this.layers = layers;
        this.parameterCount = layers[layers.length - 1].end();
    }

    static Layout of(NetworkSpec spec) {
        List<LayerShape> shapes = new ArrayList<>();
        int inputs = spec.type().inputs();
        int offset = 0;
        for (int l = 0; l < spec.depth(); l++) {
            int units = spec.hiddenUnits().get(l);
            LayerShape shape = LayerShape.at(offset, UnitKind.of(spec.activations().get(l).resolve()), inputs, units);
            shapes.add(shape);
            offset = shape.end();
            inputs = units;
        }
        shapes.add(LayerShape.at(offset, new ElementwiseUnits(Catalogue.get("identity")), inputs, 1));
        return new Layout(spec.type(), shapes.toArray(LayerShape[]::new));
    }

    /**
     * Fresh parameters: every weight (Maxout pieces included) drawn from {@code initializer}
     * with fanIn = the layer's inputs and fanOut = its units (a gated layer's 2u rows, see
     * {@link UnitKind#initFanOut}), layer by layer and row by row;
     * hidden biases {@code biasInit}, the output bias 0, PReLU alphas at the function's alpha.
     */
    double[] initialParameters(Initializer initializer, double biasInit, Rng rng) {
        double[] p = new double[parameterCount];
        for (LayerShape s : layers) {
            boolean output = s == output();
            int fanOut = s.unitKind().initFanOut(s.units());
            for (int i = 0; i < s.weightCount(); i++) {
                p[s.weightOffset() + i] = initializer.sample(s.inputs(), fanOut, rng);
            }
            double bias = output ? 0 : biasInit;
            for (int r = 0; r < s.rows(); r++) {
                p[s.biasOffset() + r] = bias;
            }
            if (s.hasAlpha()) {
                p[s.alphaOffset()] = s.unitKind().initialAlpha();
            }
        }
        return p;
    }

    ProblemType type() {
        return type;
    }

    int inputs() {
        return type.inputs();
    }

    /** The number of layers including the output layer. */
    int layerCount() {
        return layers.length;
    }

    int hiddenCount() {
        return layers.length - 1;
    }

    LayerShape layer(int index) {
        return layers[index];
    }

    LayerShape output() {
        return layers[layers.length - 1];
    }

    int parameterCount() {
        return parameterCount;
    }

    /** Whether some hidden layer's training-mode pass is random (RReLU). */
    boolean randomInTraining() {
        for (int l = 0; l < hiddenCount(); l++) {
            if (layers[l].unitKind().randomInTraining()) {
                return true;
            }
        }
        return false;
    }
}
