package org.activationlab.ui.lessons;

import org.activationlab.ui.curves.gated.GatedState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.depth.DepthState;
import org.activationlab.ui.gates.GatePreset;
import org.activationlab.ui.gates.GatesState;
import org.activationlab.ui.neuron.NeuronState;
import org.activationlab.ui.properties.PropertiesState;
import org.activationlab.ui.shootout.ShootoutState;
import org.activationlab.ui.training.TrainingState;
import org.junit.jupiter.api.Test;

/** The lessons panel's state and intents without a window, with the built-in lessons. */
class LessonsViewModelTest {
    private final List<String> statuses = new ArrayList<>();
    private final Tabs tabs = new Tabs();
    private final LessonsViewModel model = new LessonsViewModel(LessonLibrary.load(Path.of("no-such-folder")), tabs,
            statuses::add);

    @Test
    void opensOnTheFirstLessonWithItsAnswerHidden() {
        assertThat(model.getState()).isEqualTo(new LessonsState(0, false));
        assertThat(model.getLessonId()).isEqualTo(model.lessons().get(0).id());
    }

    @Test
    void choosingTheLessonShownChangesNothingAndKeepsItsAnswerRevealed() {
        model.revealAnswer();
        LessonsState revealed = model.getState();
        int[] changes = {0};
        model.stateProperty().addListener((obs, old, now) -> changes[0]++);

        assertThat(model.select(model.getLessonId())).isTrue();

        assertThat(model.getState()).isSameAs(revealed);
        assertThat(model.isAnswerShown()).isTrue();
        assertThat(changes[0]).isZero();
    }

    @Test
    void anotherLessonHidesTheAnswerAgain() {
        model.revealAnswer();
        model.next();
        assertThat(model.getState()).isEqualTo(new LessonsState(1, false));
        assertThat(model.getLessonId()).isEqualTo(model.lessons().get(1).id());
        model.previous();
        model.previous();
        assertThat(model.getState()).isEqualTo(new LessonsState(0, false));
    }

    @Test
    void aShowMeOfThePropertiesTabIsAFunctionOfItsState() {
        PropertiesState before = new PropertiesState("lu", Optional.of("elu"),
                Map.of("elu", ActivationSpec.of("elu").with("alpha", 0.5)));
        ShowMe gelu = new ShowMe(new Bilingual("GELU", "GELU"), new Demonstration.Properties("gelu"));
        tabs.properties = before;

        model.show(gelu);

        assertThat(tabs.shown).containsExactly(LessonTab.PROPERTIES);
        assertThat(tabs.properties).isEqualTo(new PropertiesState("lu", Optional.of("gelu"), before.parameters()));
        assertThat(statuses).containsExactly("Lesson: GELU");
    }

    @Test
    void aShowMeOfTheGatesTabIsItsPresetAsAFunctionOfState() {
        model.show(new ShowMe(new Bilingual("open", "开"), new Demonstration.Gates(GatePreset.OPEN)));

        assertThat(tabs.shown).containsExactly(LessonTab.GATES);
        assertThat(tabs.gates).isEqualTo(GatePreset.OPEN.apply(GatesState.INITIAL));
    }

    @Test
    void aStateWithoutALessonHasNoAnswer() {
        assertThat(LessonsState.NONE.withAnswerShown()).isSameAs(LessonsState.NONE);
        assertThatThrownBy(() -> new LessonsState(-2, false)).hasMessageContaining("got -2");
        assertThatThrownBy(() -> new LessonsState(-1, true)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The tabs' states as the main window would keep them, and the tabs shown. */
    private static final class Tabs implements LessonActions {
        final List<LessonTab> shown = new ArrayList<>();
        PropertiesState properties = PropertiesState.INITIAL;
        NeuronState neuron = NeuronState.INITIAL;
        GatesState gates = GatesState.INITIAL;
        GatedState gated = GatedState.INITIAL;

        @Override
        public void showTab(LessonTab tab) {
            shown.add(tab);
        }

        @Override
        public void changeCurves(UnaryOperator<CurvesState> change) {
            throw new AssertionError("not shown here");
        }

        @Override
        public void changeProperties(UnaryOperator<PropertiesState> change) {
            properties = change.apply(properties);
        }

        @Override
        public void changeTraining(UnaryOperator<TrainingState> change, boolean play) {
            throw new AssertionError("not shown here");
        }

        @Override
        public void changeNeuron(UnaryOperator<NeuronState> change) {
            neuron = change.apply(neuron);
        }

        @Override
        public void changeDepth(UnaryOperator<DepthState> change) {
            throw new AssertionError("not shown here");
        }

        @Override
        public void changeShootout(UnaryOperator<ShootoutState> change) {
            throw new AssertionError("not shown here");
        }

        @Override
        public void changeGates(UnaryOperator<GatesState> change) {
            gates = change.apply(gates);
        }

        @Override
        public void changeGated(UnaryOperator<GatedState> change) {
            gated = change.apply(gated);
        }
    }
}
