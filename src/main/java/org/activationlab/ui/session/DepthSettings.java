package org.activationlab.ui.session;

import java.util.Objects;
import org.activationlab.nn.depth.BornDeadConfig;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.ui.depth.DepthViewModel;

/**
 * What a session keeps of the Depth tab: the study's settings and the born-dead curve's.
 *
 * @param study the depth study (validated by {@link DepthConfig}); its seed also seeds the born-dead networks
 * @param bornDeadWidth 1 to {@value DepthViewModel#BORN_DEAD_MAX_WIDTH}
 * @param bornDeadDepth {@value DepthViewModel#BORN_DEAD_MIN_DEPTH} to {@value BornDeadConfig#MAX_DEPTH}
 * @param bornDeadTrials {@value DepthViewModel#BORN_DEAD_MIN_TRIALS} to {@value DepthViewModel#BORN_DEAD_MAX_TRIALS}
 */
public record DepthSettings(DepthConfig study, int bornDeadWidth, int bornDeadDepth, int bornDeadTrials) {
    public DepthSettings {
        Objects.requireNonNull(study, "study");
        requireRange("the born-dead width", bornDeadWidth, 1, DepthViewModel.BORN_DEAD_MAX_WIDTH);
        requireRange("the born-dead depth", bornDeadDepth, DepthViewModel.BORN_DEAD_MIN_DEPTH, BornDeadConfig.MAX_DEPTH);
        requireRange("the born-dead trial count", bornDeadTrials, DepthViewModel.BORN_DEAD_MIN_TRIALS,
                DepthViewModel.BORN_DEAD_MAX_TRIALS);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got " + value);
        }
    }
}
