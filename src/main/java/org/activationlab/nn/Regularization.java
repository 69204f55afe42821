package org.activationlab.nn;

import org.activationlab.model.Numbers;

/**
 * L1 and L2 penalties on the weights. Biases and PReLU alphas are never penalised (a PyTorch
 * replay puts them in a parameter group with {@code weight_decay=0}).
 *
 * <p>The penalties change the gradient, not the reported loss: for every weight w the
 * gradient gains {@code l1 sign(w)} (the gradient of {@code l1 |w|}, with sign(0) = 0 as
 * {@code torch.sign}) and then {@code l2 w} (exactly PyTorch's {@code weight_decay=l2}, the
 * gradient of {@code (l2 / 2) w^2}). The loss column of the metrics is the data loss alone.
 *
 * @param l1 the L1 coefficient, finite and &gt;= 0
 * @param l2 the L2 coefficient (weight decay), finite and &gt;= 0
 */
public record Regularization(double l1, double l2) {
    /** No penalty. */
    public static final Regularization NONE = new Regularization(0, 0);

    public Regularization {
        if (!(l1 >= 0 && Double.isFinite(l1))) {
            throw new IllegalArgumentException(NnTexts.format("error.regularization", "L1", Numbers.format(l1)));
        }
        if (!(l2 >= 0 && Double.isFinite(l2))) {
            throw new IllegalArgumentException(NnTexts.format("error.regularization", "L2", Numbers.format(l2)));
        }
    }

    /** {@code out = g} plus the penalty gradients on the weights of every layer. */
    void addGradient(Layout layout, double[] p, double[] g, double[] out) {
        System.arraycopy(g, 0, out, 0, g.length);
        if (l1 == 0 && l2 == 0) {
            return;
        }
        for (int l = 0; l < layout.layerCount(); l++) {
            LayerShape s = layout.layer(l);
            int end = s.weightOffset() + s.weightCount();
            for (int i = s.weightOffset(); i < end; i++) {
                if (l1 != 0) {
                    out[i] += l1 * Math.signum(p[i]);
                }
                if (l2 != 0) {
                    out[i] += l2 * p[i];
                }
            }
        }
    }
}
