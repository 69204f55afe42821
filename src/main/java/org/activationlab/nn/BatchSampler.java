package org.activationlab.nn;

/**
 * Mini-batches that sweep the training set in epochs: each epoch visits every point once, in an
 * order reshuffled from the seeded stream at the start of the epoch; the last batch of an epoch
 * is smaller when the batch size does not divide the number of points (as a PyTorch
 * {@code DataLoader} with {@code shuffle=True, drop_last=False}).
 */
final class BatchSampler {
    private final int[] order;
    private final int batchSize;
    private final Rng rng;
    private int position;

    BatchSampler(int points, int batchSize, Rng rng) {
        this.order = new int[points];
        for (int i = 0; i < points; i++) {
            order[i] = i;
        }
        this.batchSize = batchSize;
        this.rng = rng;
        this.position = points;
    }

    /** Writes the indices of the next batch into {@code indices} and returns how many there are. */
    int next(int[] indices) {
        if (position == order.length) {
            rng.shuffle(order);
            position = 0;
        }
        int count = Math.min(batchSize, order.length - position);
        System.arraycopy(order, position, indices, 0, count);
        position += count;
        return count;
    }
}
