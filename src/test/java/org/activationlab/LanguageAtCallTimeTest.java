package org.activationlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Divergence;
import org.activationlab.nn.Task;
import org.activationlab.plot.Figure;
import org.activationlab.plot.curves.CurvesCaption;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;
import org.activationlab.plot.studies.BornDeadFigure;
import org.activationlab.nn.depth.BornDeadConfig;
import org.activationlab.nn.depth.BornDead;
import org.activationlab.nn.depth.BornDeadCurve;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same objects read in whichever language is current when they are shown: nothing is
 * translated once and kept, so switching the language at run time changes every text.
 */
class LanguageAtCallTimeTest {
    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void aDivergenceReadsInTheLanguageWhenItIsShown() {
        Divergence d = new Divergence(12, "divergence.lossNaN", List.of());
        Locale.setDefault(Locale.ENGLISH);
        assertThat(d.message()).isEqualTo("diverged at step 12: the training loss is NaN");
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(d.message()).isEqualTo("在第 12 步发散：训练损失变为 NaN");
    }

    @Test
    void taskDescriptionsFollowTheLanguage() {
        Locale.setDefault(Locale.ENGLISH);
        assertThat(Task.XOR.description()).startsWith("XOR gate");
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(Task.XOR.description()).startsWith("异或门");
    }

    @Test
    void figureTextsFollowTheLanguageWhileSeriesIdsAndTablesDoNot() {
        CurvesSettings settings = CurvesSettings.builder()
                .activations(List.of(ActivationSpec.of("sigmoid"), ActivationSpec.of("tanh")))
                .range(-6, 6).points(101).panels(true, true).depth(5).saturation(0.01).hatchZeroGradient(true)
                .caption(true).build();
        Locale.setDefault(Locale.ENGLISH);
        String english = CurvesCaption.of(settings);
        Figure englishFigure = CurvesFigureBuilder.build(settings);
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        String chinese = CurvesCaption.of(settings);
        Figure chineseFigure = CurvesFigureBuilder.build(settings);
        assertThat(english).isEqualTo("Sigmoid; Tanh. x from -6 to 6, 101 points. Lower panel: |f′(x)|^5, the factor "
                + "a gradient picks up through 5 layers. Shaded: |f′(x)| < 0.01. Hatched: f′(x) = 0.");
        assertThat(chinese).isEqualTo("Sigmoid；双曲正切。x 从 -6 到 6，共 101 个采样点。下方面板：|f′(x)|^5，即梯度经过 5 层后"
                + "被乘上的因子。阴影：|f′(x)| < 0.01（饱和区）。斜线：f′(x) = 0。");
        assertThat(ids(chineseFigure)).isEqualTo(ids(englishFigure));
    }

    @Test
    void studyFigureTitlesFollowTheLanguage() {
        BornDeadCurve curve = BornDead.estimate(new BornDeadConfig(2, 3, 10, 1));
        Locale.setDefault(Locale.ENGLISH);
        String english = BornDeadFigure.build(curve).title().content();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        String chinese = BornDeadFigure.build(curve).title().content();
        assertThat(english).isEqualTo("Born dead: ReLU networks of width 2 (10 per depth)");
        assertThat(chinese).isEqualTo("生而死亡：宽度为 2 的 ReLU 网络（每个深度 10 次试验）");
        assertThat(BornDeadFigure.table(curve).headers()).containsExactly("depth", "probability", "standard_error");
    }

    private static List<String> ids(Figure f) {
        return f.panels().stream().flatMap(p -> p.items().stream()).map(Object::toString)
                .map(s -> s.replaceAll("\\s.*", "")).toList();
    }
}
