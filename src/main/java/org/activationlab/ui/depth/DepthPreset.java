package org.activationlab.ui.depth;

import java.util.Optional;
import java.util.stream.Stream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.ui.TextKeys;

/**
 * The depth study's claims as one-click settings, each with a line of explanation (issue 6;
 * the claims are checked by {@code DepthClaimsTest}): each a function from state to state.
 */
public enum DepthPreset {
    /** Klambauer et al. 2017. */
    SELU_LECUN("selu", WeightInit.LECUN, 50, BatchNormMode.OFF, TextKeys.DEPTH_PRESET_SELU,
            TextKeys.DEPTH_PRESET_SELU_HELP),
    /** He et al. 2015. */
    RELU_HE("relu", WeightInit.HE, 50, BatchNormMode.OFF, TextKeys.DEPTH_PRESET_RELU_HE,
            TextKeys.DEPTH_PRESET_RELU_HE_HELP),
    /** He et al. 2015: what goes wrong without the factor 2. */
    RELU_XAVIER("relu", WeightInit.XAVIER, 50, BatchNormMode.OFF, TextKeys.DEPTH_PRESET_RELU_XAVIER,
            TextKeys.DEPTH_PRESET_RELU_XAVIER_HELP),
    /** Glorot &amp; Bengio 2010. */
    TANH_SMALL("tanh", WeightInit.NORMAL, 30, BatchNormMode.OFF, TextKeys.DEPTH_PRESET_TANH_SMALL,
            TextKeys.DEPTH_PRESET_TANH_SMALL_HELP),
    /** Glorot &amp; Bengio 2010, with the sigmoid's smaller slope. */
    SIGMOID_SMALL("sigmoid", WeightInit.NORMAL, 30, BatchNormMode.OFF, TextKeys.DEPTH_PRESET_SIGMOID_SMALL,
            TextKeys.DEPTH_PRESET_SIGMOID_SMALL_HELP),
    /** Ioffe &amp; Szegedy 2015. */
    TANH_SMALL_BATCH_NORM("tanh", WeightInit.NORMAL, 30, BatchNormMode.BEFORE, TextKeys.DEPTH_PRESET_TANH_BN,
            TextKeys.DEPTH_PRESET_TANH_BN_HELP);

    /** The width every preset uses. */
    static final int WIDTH = 100;
    /** The small standard deviation of the "small weights" presets: 0.05 sqrt(100) = 0.5 per layer. */
    static final double SMALL_STD = DepthConfig.DEFAULT_STD;

    private final String activation;
    private final WeightInit init;
    private final int layers;
    private final BatchNormMode batchNorm;
    private final String labelKey;
    private final String helpKey;

    DepthPreset(String activation, WeightInit init, int layers, BatchNormMode batchNorm, String labelKey,
                String helpKey) {
        this.activation = activation;
        this.init = init;
        this.layers = layers;
        this.batchNorm = batchNorm;
        this.labelKey = labelKey;
        this.helpKey = helpKey;
    }

    /** {@code state} with this claim's network; the seed and the born-dead settings stay. */
    public DepthState apply(DepthState state) {
        return new DepthState(ActivationSpec.of(activation), init, SMALL_STD, layers, WIDTH, batchNorm, state.seed(),
                state.bornDeadWidth(), state.bornDeadDepth(), state.bornDeadTrials());
    }

    /** The claim whose network {@code state} has, if any. */
    public static Optional<DepthPreset> matching(DepthState state) {
        return Stream.of(values()).filter(p -> p.apply(state).equals(state)).findFirst();
    }

    /** The button text's key. */
    public String labelKey() {
        return labelKey;
    }

    /** The explanation's key. */
    public String helpKey() {
        return helpKey;
    }
}
