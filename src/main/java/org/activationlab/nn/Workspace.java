package org.activationlab.nn;

import java.util.Arrays;

/**
 * Buffers for propagating a fixed number of points through a network, allocated once so that
 * training steps allocate nothing. All arrays are feature-major: entry {@code r * size + i}
 * is row (or unit) r of point i.
 */
final class Workspace {
    /** The number of points. */
    final int size;
    /** Per hidden layer: pre-activations, {@code rows x size}. */
    final double[][] z;
    /** Per hidden layer: outputs, {@code units x size}. */
    final double[][] a;
    /**
     * Per hidden layer: f'(z), {@code units x size} (unused by Maxout layers), or a gated layer's two
     * partials, {@code 2 units x size} (see {@link UnitKind#partialsPerUnit()}).
     */
    final double[][] derivative;
    /**
     * Per hidden layer whose unit kind {@link UnitKind#routes() routes} gradients: one int per output,
     * {@code units x size} (Maxout: the winning piece); null for other layers.
     */
    final int[][] route;
    /** Per hidden layer: dL/d(output), {@code units x size}. */
    final double[][] outputGradient;
    /** Per hidden layer: dL/dz, {@code rows x size}. */
    final double[][] preActivationGradient;
    /** The network's outputs (logits for classification). */
    final double[] out;
    /** dL/d(out). */
    final double[] outGradient;
    /** {@code size} ones: the input of every bias (see {@link ParameterGradient} and {@link WeightedSum}). */
    final double[] ones;
    /** {@link WeightedSum}'s copies of a layer's source rows: as many rows of {@code size} as any layer has inputs or rows. */
    final double[][] rowCopies;
    /** {@link WeightedSum}'s row in which a sum is built, {@code size}. */
    final double[] sum;

    Workspace(Layout layout, int size) {
        this.size = size;
        int hidden = layout.hiddenCount();
        int widest = 0;
        for (int l = 0; l <= hidden; l++) {
            LayerShape s = l < hidden ? layout.layer(l) : layout.output();
            widest = Math.max(widest, Math.max(s.inputs(), s.rows()));
        }
        rowCopies = new double[widest][size];
        sum = new double[size];
        z = new double[hidden][];
        a = new double[hidden][];
        derivative = new double[hidden][];
        route = new int[hidden][];
        outputGradient = new double[hidden][];
        preActivationGradient = new double[hidden][];
        for (int l = 0; l < hidden; l++) {
            LayerShape s = layout.layer(l);
            z[l] = new double[size * s.rows()];
            a[l] = new double[size * s.units()];
            derivative[l] = new double[size * s.units() * s.unitKind().partialsPerUnit()];
            route[l] = s.unitKind().routes() ? new int[size * s.units()] : null;
            outputGradient[l] = new double[size * s.units()];
            preActivationGradient[l] = new double[size * s.rows()];
        }
        out = new double[size];
        outGradient = new double[size];
        ones = new double[size];
        Arrays.fill(ones, 1);
    }
}
