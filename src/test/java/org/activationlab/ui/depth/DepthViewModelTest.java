package org.activationlab.ui.depth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.WeightInit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Depth view model's intents make the next state; nothing is computed before it is started. */
class DepthViewModelTest {
    private DepthViewModel model;
    private final List<DepthState> seen = new ArrayList<>();

    @BeforeEach
    void create() {
        model = new DepthViewModel(message -> { });
        model.stateProperty().addListener((obs, old, now) -> seen.add(now));
    }

    @AfterEach
    void dispose() {
        model.dispose();
    }

    @Test
    void eachIntentChangesItsSetting() {
        model.setActivation(Catalogue.get("selu"));
        model.setInit(WeightInit.LECUN);
        model.setStd(0.2);
        model.setLayers(20);
        model.setWidth(60);
        model.setBatchNorm(BatchNormMode.AFTER);
        model.setSeed(5);
        model.setBornDeadWidth(3);
        model.setBornDeadDepth(40);
        model.setBornDeadTrials(700);

        assertThat(model.getState()).isEqualTo(new DepthState(ActivationSpec.of("selu"), WeightInit.LECUN, 0.2, 20, 60,
                BatchNormMode.AFTER, 5, 3, 40, 700));
        assertThat(seen).hasSize(10);
        assertThat(model.getPreset()).isEmpty();
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.isBuilding()).isFalse();
    }

    @Test
    void anIntentThatChangesNothingSendsNoNewState() {
        model.setLayers(DepthState.INITIAL.layers());
        model.setActivation(Catalogue.get("tanh"));
        model.applyPreset(DepthPreset.TANH_SMALL);

        assertThat(seen).isEmpty();
    }

    @Test
    void aRefusedValueKeepsTheStateAndSaysWhy() {
        model.setLayers(500);

        assertThat(model.getState()).isEqualTo(DepthState.INITIAL);
        assertThat(model.errorProperty().get()).isEqualTo("the number of layers must be an integer from 2 to 100, got 500");
        model.setLayers(40);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.getState().layers()).isEqualTo(40);
    }

    @Test
    void aPresetIsAppliedAsAFunctionOfTheState() {
        model.setSeed(9);
        model.setBornDeadTrials(400);

        model.applyPreset(DepthPreset.SELU_LECUN);

        assertThat(model.getState()).isEqualTo(DepthPreset.SELU_LECUN.apply(DepthState.INITIAL.withSeed(9)
                .withBornDeadTrials(400)));
        assertThat(model.getPreset()).contains(DepthPreset.SELU_LECUN);
    }

    @Test
    void aLessonsChangeAndARestoredSessionReplaceTheState() {
        DepthState saved = new DepthState(ActivationSpec.of("gelu"), WeightInit.XAVIER, 0.05, 40, 120,
                BatchNormMode.BEFORE, 9, 4, 60, 500);

        model.restore(saved);
        assertThat(model.getState()).isEqualTo(saved);
        model.update(DepthPreset.RELU_HE::apply);
        assertThat(model.getState()).isEqualTo(DepthPreset.RELU_HE.apply(saved));
    }
}
