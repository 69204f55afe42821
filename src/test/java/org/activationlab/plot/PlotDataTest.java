package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlotDataTest {

    @Test
    void axisRejectsEmptyAndNonFiniteRanges() {
        assertThatThrownBy(() -> Axis.linear("x", 1, 1)).hasMessageContaining("min < max");
        assertThatThrownBy(() -> Axis.linear("x", 0, Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new Axis(Text.NONE, 0, 1, Scale.LOG)).hasMessageContaining("min > 0");
    }

    @Test
    void mappingsRoundTrip() {
        AxisMapping linear = new AxisMapping(-6, 6, Scale.LINEAR, 100, 700);
        assertThat(linear.toPixel(0)).isEqualTo(400);
        assertThat(linear.toData(linear.toPixel(1.25))).isCloseTo(1.25, within(1e-12));
        AxisMapping log = new AxisMapping(1e-6, 1, Scale.LOG, 500, 100);
        assertThat(log.toPixel(1e-3)).isCloseTo(300, within(1e-9));
        assertThat(log.toData(log.toPixel(3e-4))).isCloseTo(3e-4, within(1e-15));
        assertThat(log.toPixel(0)).isNaN();
        assertThat(log.pixelLength()).isEqualTo(400);
    }

    @Test
    void badLatexIsRejectedWithTheFormula() {
        assertThatThrownBy(() -> Text.latex("\\nosuchcommand{x}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\\nosuchcommand{x}");
        assertThat(Text.latex("\\sigma(x)").latex()).isTrue();
        assertThat(Text.plain("").isEmpty()).isTrue();
    }

    @Test
    void seriesCopiesItsDataAndChecksLengths() {
        double[] xs = {0, 1};
        Series s = new Series("s", Text.plain("s"), xs, new double[] {2, 3}, LineStyle.solid(Ink.series(0), 1));
        xs[0] = 99;
        assertThat(s.x(0)).isZero();
        assertThatThrownBy(() -> new Series("s", Text.NONE, new double[2], new double[3], LineStyle.solid(Ink.series(0), 1)))
                .hasMessageContaining("2 x values but 3 y values");
    }

    @Test
    void histogramCountsValuesIntoEqualBins() {
        Bars h = Bars.histogram("h", Text.NONE, new double[] {0, 0.1, 0.5, 0.99, 1, 2, Double.NaN, -0.5}, 2, 0, 1,
                Ink.series(0), 0.5f);
        assertThat(h.heights()).containsExactly(2, 3);
        assertThat(h.left(1)).isEqualTo(0.5);
        assertThat(h.right(1)).isEqualTo(1);
    }

    @Test
    void heatMapChecksItsGridAndColoursNaNTransparent() {
        assertThatThrownBy(() -> new HeatMap(0, 1, 0, 1, 2, 2, new double[3], ColourScale.VIRIDIS, 0, 1, false, Text.NONE))
                .hasMessageContaining("needs 4 values, got 3");
        HeatMap map = new HeatMap(0, 1, 0, 1, 1, 1, new double[] {Double.NaN}, ColourScale.VIRIDIS, 0, 1, false, Text.NONE);
        assertThat(map.argb(Double.NaN)).isZero();
        assertThat(map.argb(5)).isEqualTo(ColourScale.VIRIDIS.argb(1));
        assertThatThrownBy(() -> Panel.builder(new Axis(Text.NONE, 1, 10, Scale.LOG)).add(map).build())
                .hasMessageContaining("linear y axis");
    }

    @Test
    void colourScalesInterpolateBetweenStops() {
        ColourScale grey = new ColourScale("grey", List.of(Color.BLACK, Color.WHITE));
        assertThat(grey.at(0)).isEqualTo(Color.BLACK);
        assertThat(grey.at(1)).isEqualTo(Color.WHITE);
        assertThat(grey.at(0.5)).isEqualTo(new Color(128, 128, 128));
        assertThat(grey.at(-3)).isEqualTo(Color.BLACK);
        assertThat(grey.at(Double.NaN)).isEqualTo(Color.BLACK);
    }

    @Test
    void themesResolveInksAndWrapThePalette() {
        assertThat(Theme.LIGHT.resolve(Ink.series(0))).isEqualTo(Palette.OKABE_ITO_BLUE);
        assertThat(Theme.LIGHT.resolve(Ink.series(Palette.SIZE))).isEqualTo(Palette.OKABE_ITO_BLUE);
        assertThat(Theme.DARK.resolve(Ink.Role.BACKGROUND)).isEqualTo(Theme.DARK.background());
        assertThat(Theme.LIGHT.resolve(Ink.fixed(Color.PINK))).isEqualTo(Color.PINK);
        assertThat(Theme.named("high-contrast")).isSameAs(Theme.HIGH_CONTRAST);
        assertThatThrownBy(() -> Theme.named("solarized")).hasMessageContaining("light, dark or high-contrast");
        for (Theme t : Theme.BUILT_IN) {
            assertThat(t.series()).hasSize(Palette.SIZE);
        }
    }

    @Test
    void dashPatternsScaleWithTheLineWidth() {
        assertThat(Dash.SOLID.pattern(2)).isNull();
        assertThat(Dash.DASHED.pattern(2)).containsExactly(8f, 5f);
        assertThat(Dash.DASHED.pattern(0.5f)).containsExactly(4f, 2.5f);
    }
}
