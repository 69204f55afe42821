package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figure text never leaves its frame nor lies on other text: long titles wrap (English at
 * spaces, Chinese between characters), labels in a panel wrap or shrink to the panel, legends
 * shrink to the panel and keep off labels drawn in it (or are left out where the panel has no
 * room for both), and a figure too small for its texts is drawn at a smaller scale. Checked on the boxes the renderer reports ({@link FigureLayout#texts()}).
 */
class FigureTextLayoutTest {
    private static final String LONG_ENGLISH = "Cell state c(t) = f c(t-1) + i g(a) over thirty steps, with the forget gate at"
            + " f = sigmoid(2) and the input gate at i = g(1), for four gate functions";
    private static final String LONG_CHINESE = "细胞状态 c(t) = f c(t-1) + i g(a)，共三十步，遗忘门 f = sigmoid(2)，输入门 i = g(1)，"
            + "比较四种门函数的读数与它们的饱和区间";
    private static final String LAYER_NOTE_CHINESE = "identity：4 个单元中 0 个死亡、0 个饱和";

    /** A figure like the training tab's pre-activations: a label top left, a legend asked for top right. */
    private static Figure figure(String title, String note) {
        double[] xs = {-6, -3, 0, 3, 6};
        double[] ys = {-1, -0.9, 0, 0.9, 1};
        LineStyle line = LineStyle.solid(Ink.series(0), 2f);
        Panel panel = Panel.builder(new Axis(Text.plain("layer 1"), -1.25, 1.75, Scale.LINEAR))
                .add(new Series("f", Text.plain("f(z)"), xs, ys, line))
                .add(new TextNote(0.02, 0.96, TextNote.Placement.FRACTION, Anchor.TOP_LEFT, Text.plain(note),
                        Ink.Role.FOREGROUND, true))
                .legend(new Legend(List.of(LegendEntry.line(Text.plain("f(z)"), line),
                        LegendEntry.line(Text.plain("f'(z), the derivative"), line),
                        LegendEntry.region(Text.plain("saturated: |f'(z)| < 0.01"), XRegion.Fill.SHADE, Ink.series(2))),
                        Legend.Position.TOP_RIGHT))
                .build();
        return new Figure(Text.plain(title), Axis.linear("pre-activation z", -6, 6), List.of(panel, panel), "");
    }

    private static List<String> faults(Figure figure, double width, double height, double scale) {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        List<TextBox> texts;
        try {
            texts = FigureRenderer.render(figure, g, width, height, RenderOptions.DEFAULT.withScale(scale)).texts();
        } finally {
            g.dispose();
        }
        assertThat(texts).extracting(TextBox::text).anyMatch(t -> t.startsWith("identity"));
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).leavesFrame(1)) {
                faults.add("leaves its frame: " + texts.get(i));
            }
            for (int j = i + 1; j < texts.size(); j++) {
                if (texts.get(i).overlaps(texts.get(j), 1)) {
                    faults.add("overlap: " + texts.get(i).text() + " / " + texts.get(j).text());
                }
            }
        }
        return faults;
    }

    @ParameterizedTest(name = "{0} at {1}x{2}, scale {3}")
    @CsvSource({
        "english, 640, 400, 1", "english, 300, 420, 1", "english, 900, 600, 2.5", "english, 420, 300, 2.5",
        "chinese, 640, 400, 1", "chinese, 300, 420, 1", "chinese, 900, 600, 2.5", "chinese, 420, 300, 2.5",
    })
    void noTextLeavesItsFrameOrLiesOnOtherText(String language, double width, double height, double scale) {
        String title = language.equals("english") ? LONG_ENGLISH : LONG_CHINESE;
        String note = language.equals("english") ? "identity: 0 dead, 0 saturated of 4 units" : LAYER_NOTE_CHINESE;

        assertThat(faults(figure(title, note), width, height, scale)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"identity: 0 dead, 0 saturated of 4 units", "identity：4 个单元中 0 个死亡、0 个饱和"})
    void aLegendWithRoomMovesOffTheLabelInItsCorner(String note) {
        Figure figure = figure("Pre-activations", note);

        assertThat(faults(figure, 420, 520, 1)).isEmpty();
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            assertThat(FigureRenderer.render(figure, g, 420, 520, RenderOptions.DEFAULT).texts())
                    .extracting(TextBox::text).contains("f(z)", "saturated: |f'(z)| < 0.01");
        } finally {
            g.dispose();
        }
    }
}
