package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tick labels thin out where they would touch: fewer nice ticks first, then every second, third,
 * ... of the fewest, on short axes in large fonts (a small plot at 250 %), along x and y alike;
 * on a roomy axis the ticks are the nice ones asked for.
 */
class AxisTicksTest {

    @ParameterizedTest(name = "[{0}, {1}] over {2} px at scale {3}, vertical {4}")
    @CsvSource({
            "0,    0.5, 40,   2.5, true",
            "0,    0.5, 25,   2.5, true",
            "0,    8,   30,   2.5, true",
            "-0.5, 0.5, 12,   2.5, true",
            "0,    1,   60,   2.5, false",
            "-6,   6,   100,  2.5, false",
            "1e-3, 1e3, 40,   2.5, true",
            "0,    1,   400,  1,   true",
            "-6,   6,   800,  1,   false"})
    void neighbouringLabelsNeverTouch(double min, double max, double length, double scale, boolean vertical) {
        RenderStyle style = new RenderStyle(RenderOptions.DEFAULT.withScale(scale), 800, 600);
        Scale axisScale = min > 0 ? Scale.LOG : Scale.LINEAR;
        AxisMapping mapping = vertical ? new AxisMapping(min, max, axisScale, length, 0)
                : new AxisMapping(min, max, axisScale, 0, length);

        AxisTicks ticks = AxisTicks.fitting(mapping, 10, vertical, style);

        assertThat(ticks.values()).isNotEmpty();
        assertThat(ticks.values().length == 1 || ticks.fits(mapping, vertical, style)).isTrue();
    }

    @ParameterizedTest(name = "[{0}, {1}] over {2} px: {3} ticks as asked")
    @CsvSource({"0, 1, 400, 5", "-6, 6, 800, 7"})
    void aRoomyAxisKeepsTheNiceTicksAskedFor(double min, double max, double length, int count) {
        RenderStyle style = new RenderStyle(RenderOptions.DEFAULT, 800, 600);
        AxisMapping mapping = new AxisMapping(min, max, Scale.LINEAR, length, 0);

        assertThat(AxisTicks.fitting(mapping, count, true, style))
                .isEqualTo(AxisTicks.of(min, max, Scale.LINEAR, count, style.glyphs));
    }

    @ParameterizedTest(name = "every {0}: {1}")
    @CsvSource({"2, '0|2|4'", "3, '0|3'", "5, '0'"})
    void everyKthTickKeepsItsLabel(int k, String expected) {
        AxisTicks ticks = new AxisTicks(new double[] {0, 1, 2, 3, 4}, new String[] {"0", "1", "2", "3", "4"});

        assertThat(String.join("|", ticks.every(k).labels())).isEqualTo(expected);
    }
    /** Issue 15 review: ticks stop at an axis' {@code ticksUpTo} (the steps-run line of a steps-to-target plot). */
    @ParameterizedTest(name = "up to {0}: {1}")
    @CsvSource({"4, '0|1|2|3|4'", "2.5, '0|1|2'", "3.0000000001, '0|1|2|3'", "-1, ''", "Infinity, '0|1|2|3|4'"})
    void ticksStopAtTheirLimit(double limit, String expected) {
        AxisTicks ticks = new AxisTicks(new double[] {0, 1, 2, 3, 4}, new String[] {"0", "1", "2", "3", "4"});

        assertThat(String.join("|", ticks.upTo(limit).labels())).isEqualTo(expected);
    }

    @Test
    void aPanelDrawsNoTickAboveItsAxisTicksEnd() {
        Axis y = new Axis(Text.plain("steps"), -50, 1400, Scale.LINEAR);
        Figure all = new Figure(Text.plain(""), Axis.linear("x", 0, 1), List.of(Panel.builder(y).build()), "");
        Figure upTo = new Figure(Text.plain(""), Axis.linear("x", 0, 1),
                List.of(Panel.builder(y.withTicksUpTo(1000)).build()), "");

        double[] allTicks = LayoutPlanner.plan(all, 800, 500, RenderOptions.DEFAULT).yTicks().get(0).values();
        double[] limited = LayoutPlanner.plan(upTo, 800, 500, RenderOptions.DEFAULT).yTicks().get(0).values();

        assertThat(Arrays.stream(allTicks).anyMatch(v -> v > 1000)).as("the case has ticks above 1000").isTrue();
        assertThat(limited).isNotEmpty().containsExactly(Arrays.stream(allTicks).filter(v -> v <= 1000).toArray());
    }
}
