package org.activationlab.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.activationlab.model.Gate;
import org.activationlab.model.Catalogue;
import org.activationlab.ui.curves.CurvesPreset;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.curves.XRange;
import org.activationlab.ui.curves.gated.GatedPreset;
import org.activationlab.ui.curves.gated.GatedState;
import org.activationlab.ui.depth.DepthState;
import org.activationlab.ui.gates.GatePreset;
import org.activationlab.ui.gates.GatesState;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.neuron.NeuronState;
import org.activationlab.ui.properties.PropertiesState;
import org.activationlab.ui.shootout.ShootoutState;
import org.activationlab.ui.training.TrainingState;
import org.junit.jupiter.api.Test;

/** Issue 14 §2: the built-in lesson on gates, from LSTM's sigmoid gates to SwiGLU. */
class GateLessonTest {

    /** Records the tabs shown and keeps the states of the Gates tab and of the gated view. */
    private static final class Recorder implements LessonActions {
        final List<LessonTab> shown = new ArrayList<>();
        GatesState gates = GatesState.INITIAL;
        GatedState gated = GatedState.INITIAL;
        int curvesChanges;

        @Override
        public void showTab(LessonTab tab) {
            shown.add(tab);
        }

        @Override
        public void changeCurves(UnaryOperator<CurvesState> change) {
            curvesChanges++;
        }

        @Override
        public void changeProperties(UnaryOperator<PropertiesState> change) {
            throw new AssertionError("not in this lesson");
        }

        @Override
        public void changeTraining(UnaryOperator<TrainingState> change, boolean play) {
            throw new AssertionError("not in this lesson");
        }

        @Override
        public void changeNeuron(UnaryOperator<NeuronState> change) {
            throw new AssertionError("not in this lesson");
        }

        @Override
        public void changeDepth(UnaryOperator<DepthState> change) {
            throw new AssertionError("not in this lesson");
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

    private static Lesson lesson() {
        LessonLoad load = LessonLibrary.load(Path.of("no-such-folder"));
        assertThat(load.problems()).isEmpty();
        return load.lessons().stream().filter(l -> l.id().equals("what-a-gate-does")).findFirst().orElseThrow();
    }

    @Test
    void theLessonLoadsInBothLanguagesAfterTheOthers() {
        Lesson lesson = lesson();
        assertThat(lesson.order()).isEqualTo(7);
        assertThat(lesson.title().en()).contains("SwiGLU");
        assertThat(lesson.title().zh()).contains("SwiGLU");
        assertThat(lesson.showMe()).extracting(s -> s.demonstration()).containsExactly(
                new Demonstration.Gates(GatePreset.CLOSED), new Demonstration.Gates(GatePreset.OPEN),
                new Demonstration.Gated(GatedPreset.GLU_IS_SILU), new Demonstration.Gated(GatedPreset.SWIGLU));
        assertThat(lesson.tryThis().showAnswer().orElseThrow().demonstration())
                .isEqualTo(new Demonstration.Gated(GatedPreset.REGLU_CLOSED));
    }

    @Test
    void eachShowMeChangesTheStateOfItsView() {
        Recorder app = new Recorder();
        List<ShowMe> steps = new ArrayList<>(lesson().showMe());
        steps.add(lesson().tryThis().showAnswer().orElseThrow());
        Object before = List.of(app.gates, app.gated);
        for (ShowMe step : steps) {
            step.demonstration().perform(app);
            Object after = List.of(app.gates, app.gated);
            assertThat(after).as(step.label().en()).isNotEqualTo(before);
            before = after;
        }
        assertThat(app.shown).containsExactly(LessonTab.GATES, LessonTab.GATES, LessonTab.CURVES, LessonTab.CURVES,
                LessonTab.CURVES);
        assertThat(app.gated).isEqualTo(new GatedState(Gate.REGLU, -3, 3, -3, 3, true));
    }

    @Test
    void anElementWiseCurvesStepHidesTheGatedUnits() {
        Recorder app = new Recorder();
        app.gated = GatedState.INITIAL.withShowing(true);
        new Demonstration.Curves(new CurvesPreset(List.of(Catalogue.get("relu")), XRange.DEFAULT, true, true, false, 1,
                true, CurvesState.DEFAULT_EPSILON, false)).perform(app);
        assertThat(app.gated.showing()).isFalse();
        assertThat(app.curvesChanges).isEqualTo(1);
    }

    @Test
    void anUnknownGatedPresetIsNamedWithTheKnownOnes() {
        String json = """
                {"id": "x", "order": 1, "title": {"en": "t", "zh": "t"}, "text": {"en": "t", "zh": "t"},
                 "showMe": [{"label": {"en": "l", "zh": "l"}, "tab": "curves", "gated": "geglu-open"}],
                 "tryThis": {"question": {"en": "q", "zh": "q"}, "answer": {"en": "a", "zh": "a"}}}""";
        assertThatThrownBy(() -> LessonParser.parse(json, "test.json")).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("/showMe/0/gated").hasMessageContaining("glu-is-silu, swiglu, reglu-closed");
    }
}
