package org.activationlab.nn.depth;

import java.util.List;

/**
 * The outcome of one depth-study run.
 *
 * @param config what was run
 * @param layers one entry per layer, layer 1 first
 */
public record DepthResult(DepthConfig config, List<DepthLayerStats> layers) {
    public DepthResult {
        layers = List.copyOf(layers);
    }

    /** The statistics of layer {@code layer} (1-based). */
    public DepthLayerStats layer(int layer) {
        return layers.get(layer - 1);
    }
}
