package org.activationlab.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activationlab.model.Catalogue;
import org.activationlab.ui.controls.PiecesPreset;
import org.activationlab.ui.curves.CurvesPreset;
import org.activationlab.ui.curves.XRange;
import org.activationlab.ui.depth.DepthPreset;
import org.activationlab.ui.gates.GatePreset;
import org.activationlab.ui.neuron.LogicTarget;
import org.activationlab.ui.training.TrainingPreset;
import org.junit.jupiter.api.Test;

/** A lesson file in the 0.1.0 format, using every field it may have, still reads to the same lesson. */
class LessonFixtureTest {
    static final String FIXTURE = "/org/activationlab/fixtures/v0.1.0/lesson.json";

    static String fixture() throws IOException {
        try (InputStream in = LessonFixtureTest.class.getResourceAsStream(FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ShowMe show(String en, String zh, Demonstration d) {
        return new ShowMe(new Bilingual(en, zh), d);
    }

    @Test
    void theLessonOfVersion010ReadsToTheSameLesson() throws Exception {
        Lesson lesson = LessonParser.parse(fixture(), "lesson.json");

        CurvesPreset curves = new CurvesPreset(List.of(Catalogue.get("elu").with("alpha", 0.5), Catalogue.get("tanh"),
                Catalogue.create("maxout", PiecesPreset.ABSOLUTE_VALUE.parameters(Catalogue.get("maxout").linearPieces().orElseThrow(), -3, 5))), new XRange(-3, 5),
                false, true, true, 4, false, 0.05, true);
        CurvesPreset answer = new CurvesPreset(List.of(Catalogue.get("relu")), XRange.DEFAULT, true, true, false, 1,
                true, org.activationlab.ui.curves.CurvesState.DEFAULT_EPSILON, false);
        Lesson expected = new Lesson("fixture-every-action", 42,
                new Bilingual("Every kind of show-me", "每一种演示"),
                new Bilingual("A lesson that uses every field a 0.1.0 lesson file may have.", "用到 0.1.0 课程文件所有字段的一课。"),
                List.of(show("Curves", "曲线", new Demonstration.Curves(curves)),
                        show("Properties", "属性", new Demonstration.Properties("gelu")),
                        show("Training", "训练", new Demonstration.Training(TrainingPreset.LINEAR_XOR,
                                Optional.of(Catalogue.get("tanh")), true)),
                        show("Neuron", "神经元", new Demonstration.Neuron(LogicTarget.OR, Optional.of(Catalogue.get("relu")))),
                        show("Depth", "深度", new Demonstration.Depth(DepthPreset.RELU_HE)),
                        show("Gates", "门", new Demonstration.Gates(GatePreset.HALF))),
                new TryThis(new Bilingual("What changes?", "什么变了?"), new Bilingual("The slope.", "斜率。"),
                        Optional.of(show("Show the answer", "演示答案", new Demonstration.Curves(answer)))),
                "lesson.json");

        assertThat(lesson).usingRecursiveComparison().isEqualTo(expected);
        assertThat(((Demonstration.Curves) lesson.showMe().get(0).demonstration()).preset().functions().get(2)
                .parameterValues()).isEqualTo(Catalogue.create("maxout", Map.of("k", 2.0, "w1", -1.0, "b1", 0.0,
                        "w2", 1.0, "b2", 0.0)).parameterValues());
    }
}
