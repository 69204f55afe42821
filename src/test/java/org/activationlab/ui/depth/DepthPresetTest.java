package org.activationlab.ui.depth;

import static org.assertj.core.api.Assertions.assertThat;

import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.depth.DepthConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The claims' presets are functions from state to state: they set the network and keep the rest. */
class DepthPresetTest {
    /** A state far from every preset: another seed and born-dead settings, a hand-made network. */
    private static final DepthState HAND_MADE = DepthState.INITIAL.withActivation(ActivationSpec.of("gelu"))
            .withLayers(12).withWidth(40).withStd(0.3).withSeed(77).withBornDeadWidth(5).withBornDeadDepth(70)
            .withBornDeadTrials(900);

    @ParameterizedTest(name = "{0}")
    @EnumSource(DepthPreset.class)
    void aPresetSetsItsNetworkAndKeepsTheSeedAndTheBornDeadCurve(DepthPreset preset) {
        DepthState applied = preset.apply(HAND_MADE);

        assertThat(applied.seed()).isEqualTo(77);
        assertThat(applied.bornDead()).isEqualTo(HAND_MADE.bornDead());
        assertThat(applied.width()).isEqualTo(DepthPreset.WIDTH);
        assertThat(applied.std()).isEqualTo(DepthConfig.DEFAULT_STD);
        assertThat(applied.withSeed(DepthConfig.DEFAULT_SEED).sameStudy(preset.apply(DepthState.INITIAL))).isTrue();
        assertThat(preset.apply(applied)).isEqualTo(applied);
        assertThat(DepthPreset.matching(applied)).contains(preset);
    }

    @Test
    void theClaimsAreDistinctAndAHandMadeStateMatchesNone() {
        assertThat(DepthPreset.matching(HAND_MADE)).isEmpty();
        assertThat(java.util.Arrays.stream(DepthPreset.values()).map(p -> p.apply(DepthState.INITIAL)).distinct())
                .hasSize(DepthPreset.values().length);
        assertThat(DepthPreset.matching(DepthState.INITIAL)).contains(DepthPreset.TANH_SMALL);
    }
}
