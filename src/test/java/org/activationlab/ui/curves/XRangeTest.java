package org.activationlab.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XRangeTest {

    @ParameterizedTest(name = "[{0}, {1}] -> [{2}, {3}]")
    @CsvSource({
            // inside the limits: unchanged, exactly
            "-6, 6, -6, 6",
            "-0.3, 0.7, -0.3, 0.7",
            // sticking out: shifted back, keeping the width
            "-25, -13, -20, -8",
            "15, 27, 8, 20",
            // wider than allowed: the whole allowed range
            "-100, 100, -20, 20",
            "0, 60, -20, 20",
            // narrower than the minimum: widened about the centre
            "1, 1, 0.995, 1.005",
            "-20, -20, -20, -19.99",
    })
    void clampedKeepsTheRangeInsideTheLimits(double from, double to, double expectedFrom, double expectedTo) {
        XRange r = XRange.clamped(from, to);
        assertThat(r.from()).isCloseTo(expectedFrom, within(1e-12));
        assertThat(r.to()).isCloseTo(expectedTo, within(1e-12));
    }

    @Test
    void clampedRefusesReversedOrInfiniteEnds() {
        assertThatThrownBy(() -> XRange.clamped(2, 1)).hasMessageContaining("from 2.0 to 1.0");
        assertThatThrownBy(() -> XRange.clamped(Double.NEGATIVE_INFINITY, 1)).hasMessageContaining("finite");
        assertThatThrownBy(() -> XRange.clamped(0, Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new XRange(1, 1)).hasMessageContaining("from < to");
    }

    @Test
    void zoomKeepsTheAnchorInPlace() {
        XRange zoomed = XRange.DEFAULT.zoom(0.5, 3);
        assertThat(zoomed.from()).isCloseTo(-1.5, within(1e-12));
        assertThat(zoomed.to()).isCloseTo(4.5, within(1e-12));
        XRange out = XRange.DEFAULT.zoom(10, 0);
        assertThat(out).isEqualTo(new XRange(-20, 20));
        XRange tiny = new XRange(0, 0.02).zoom(0.01, 0.01);
        assertThat(tiny.span()).isCloseTo(XRange.MIN_SPAN, within(1e-15));
        assertThatThrownBy(() -> XRange.DEFAULT.zoom(0, 0)).hasMessageContaining("factor > 0");
    }

    @Test
    void panMovesWithoutChangingTheSpanUntilALimit() {
        assertThat(XRange.DEFAULT.pan(2.5)).isEqualTo(new XRange(-3.5, 8.5));
        assertThat(XRange.DEFAULT.pan(-30)).isEqualTo(new XRange(-20, -8));
    }

    @ParameterizedTest(name = "[{0}, {1}] rounds to [{2}, {3}]")
    @CsvSource({
            "-5.98127, 6.01873, -5.98, 6.02",
            "-6, 6, -6, 6",
            "0.123456, 0.223456, 0.1235, 0.2235",
            "-19.99, 19.99, -20, 20",
    })
    void roundedEndsReadWell(double from, double to, double expectedFrom, double expectedTo) {
        XRange r = new XRange(from, to).rounded();
        assertThat(r.from()).isEqualTo(expectedFrom);
        assertThat(r.to()).isEqualTo(expectedTo);
    }

    @Property
    void zoomAndPanAlwaysStayInsideTheLimits(@ForAll @DoubleRange(min = -20, max = 19) double from,
                                               @ForAll @DoubleRange(min = 0.01, max = 40) double span,
                                               @ForAll @DoubleRange(min = 0.01, max = 100) double factor,
                                               @ForAll @DoubleRange(min = -50, max = 50) double shift) {
        XRange start = XRange.clamped(from, from + span);
        for (XRange r : new XRange[] {start.zoom(factor, from), start.pan(shift), start.zoom(factor, shift).rounded()}) {
            assertThat(r.from()).isGreaterThanOrEqualTo(-XRange.LIMIT);
            assertThat(r.to()).isLessThanOrEqualTo(XRange.LIMIT);
            assertThat(r.span()).isGreaterThanOrEqualTo(XRange.MIN_SPAN * (1 - 1e-9));
        }
    }

    @ParameterizedTest(name = "[{0}, {1}] allowed: {2}")
    @CsvSource({
        "-6, 6, true",
        "-20, 20, true",
        "-20.001, 0, false",
        "0, 20.001, false",
        "0, 0.01, true",
        "0, 0.0099, false",
        // a range widened to the minimum as left + 0.01: to - from is 0.009999999999999998 (jqwik found it)
        "4.75038504327E-4, 0.010475038504327, true",
    })
    void allowedRangesAreThoseTheViewCanShowGiveOrTakeRounding(double from, double to, boolean allowed) {
        assertThat(XRange.allowed(from, to)).isEqualTo(allowed);
    }

    @Property
    void everyClampedRangeIsAllowed(@ForAll @DoubleRange(min = -30, max = 30) double from,
                                    @ForAll @DoubleRange(min = 0, max = 0.02) double width) {
        XRange r = XRange.clamped(from, from + width);
        assertThat(XRange.allowed(r.from(), r.to())).isTrue();
    }
}
