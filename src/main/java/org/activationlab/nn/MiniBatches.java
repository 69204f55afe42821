package org.activationlab.nn;

/**
 * Gradients of the data loss, in training mode, on successive mini-batches of the training set (gathered
 * feature-major, as {@link Propagation} expects), with buffers
 * allocated once per distinct batch size (at most two: the batch size and an epoch's remainder).
 */
final class MiniBatches {
    private final Layout layout;
    private final Dataset train;
    private final BatchSampler sampler;
    private final int[] indices;
    private final double[] x;
    private final double[] y;
    private final double[] gradient;
    private final Rng noise;
    private Workspace fullBatch;
    private Workspace lastBatch;

    /**
     * @param rng the order of the batches
     * @param noise the stream for training-mode random slopes (RReLU), or null when no layer needs one
     */
    MiniBatches(Layout layout, Dataset train, int batchSize, Rng rng, Rng noise) {
        this.layout = layout;
        this.train = train;
        this.sampler = new BatchSampler(train.size(), batchSize, rng);
        this.indices = new int[batchSize];
        this.x = new double[batchSize * layout.inputs()];
        this.y = new double[batchSize];
        this.gradient = new double[layout.parameterCount()];
        this.noise = noise;
    }

    /** The gradient of the mean loss over the next batch at {@code parameters}. */
    double[] nextGradient(double[] parameters) {
        int count = sampler.next(indices);
        double[] inputs = train.inputArray();
        double[] targets = train.targetArray();
        int d = layout.inputs();
        for (int i = 0; i < count; i++) {
            for (int f = 0; f < d; f++) {
                x[f * count + i] = inputs[indices[i] * d + f];
            }
            y[i] = targets[indices[i]];
        }
        Workspace w = workspace(count);
        Propagation.forward(layout, parameters, x, w, true, noise);
        Loss.mean(layout.type(), w.out, y, count, w.outGradient);
        Propagation.backward(layout, parameters, x, w, gradient);
        return gradient;
    }

    private Workspace workspace(int count) {
        if (count == indices.length) {
            if (fullBatch == null) {
                fullBatch = new Workspace(layout, count);
            }
            return fullBatch;
        }
        if (lastBatch == null) {
            lastBatch = new Workspace(layout, count);
        }
        return lastBatch;
    }
}
