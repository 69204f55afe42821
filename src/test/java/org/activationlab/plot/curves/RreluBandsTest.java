package org.activationlab.plot.curves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.plot.Band;
import org.activationlab.plot.Figure;
import org.activationlab.plot.LegendEntry;
import org.activationlab.plot.Panel;
import org.junit.jupiter.api.Test;

/** Issue 14 §1: Curves shows the band of slopes rrelu draws in training, for x < 0. */
class RreluBandsTest {

    private static Figure figure(ActivationSpec... functions) {
        return CurvesFigureBuilder.build(CurvesSettings.builder().activations(List.of(functions)).range(-4, 3)
                .points(101).panels(true, true).build());
    }

    private static List<Band> bands(Panel p) {
        return p.items().stream().filter(Band.class::isInstance).map(Band.class::cast).toList();
    }

    @Test
    void rreluHasItsBandOfValuesAndOfSlopesLeftOfZero() {
        Figure f = figure(ActivationSpec.of("relu"), ActivationSpec.of("rrelu", Map.of("lower", 0.1, "upper", 0.4)));
        Band values = bands(f.panels().get(0)).get(0);
        assertThat(bands(f.panels().get(0))).hasSize(1);
        assertThat(values.xs()).containsExactly(-4, 0);
        assertThat(values.lows()).containsExactly(0.4 * -4, 0);
        assertThat(values.highs()).containsExactly(0.1 * -4, 0);
        Band slopes = bands(f.panels().get(1)).get(0);
        assertThat(slopes.lows()).containsExactly(0.1, 0.1);
        assertThat(slopes.highs()).containsExactly(0.4, 0.4);
        assertThat(f.panels().get(0).legend().entries()).extracting(LegendEntry::label)
                .anySatisfy(t -> assertThat(t.content()).contains("0.1").contains("0.4"));
    }

    @Test
    void otherFunctionsAndAPositiveRangeHaveNoBand() {
        assertThat(bands(figure(ActivationSpec.of("leaky_relu")).panels().get(0))).isEmpty();
        Figure right = CurvesFigureBuilder.build(CurvesSettings.builder().activations(List.of(ActivationSpec.of("rrelu")))
                .range(0.5, 3).points(11).panels(true, true).build());
        assertThat(bands(right.panels().get(0))).isEmpty();
        assertThat(bands(right.panels().get(1))).isEmpty();
    }

    @Test
    void theSlopeBandFollowsTheDerivativePower() {
        Figure f = CurvesFigureBuilder.build(CurvesSettings.builder().activations(List.of(ActivationSpec.of("rrelu")))
                .range(-2, 2).points(11).panels(false, true).depth(3).build());
        Band slopes = bands(f.panels().get(0)).get(0);
        assertThat(slopes.lows()[0]).isEqualTo(Math.pow(0.125, 3));
        assertThat(slopes.highs()[0]).isEqualTo(Math.pow(1.0 / 3, 3));
    }
}
