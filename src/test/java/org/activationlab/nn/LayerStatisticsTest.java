package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.activationlab.model.Catalogue;

/**
 * The early-stopping dead and saturated checks agree with counting every input by the
 * {@link UnitHealth} rules, and the shares a snapshot reports are those full counts.
 */
class LayerStatisticsTest {
    private static final double[] SLOPES = {0, -0.0, 0.004, -0.009, 0.01, 0.5, -1, Double.NaN};

    @Property
    void earlyStoppingChecksAgreeWithFullCounts(@ForAll @IntRange(min = 1, max = 4) int units,
                                                @ForAll @IntRange(min = 1, max = 40) int points,
                                                @ForAll("patterns") List<Integer> pattern) {
        double[] derivative = new double[units * points];
        for (int i = 0; i < derivative.length; i++) {
            derivative[i] = SLOPES[pattern.get(i % pattern.size())];
        }
        LayerShape shape = LayerShape.at(0, UnitKind.of(Catalogue.get("tanh")), 2, units);
        LayerStatistics statistics = new LayerStatistics(shape);
        double[] z = new double[units * points];
        statistics.update(z, derivative, points, 3);
        LayerDiagnostics d = statistics.diagnostics(z, derivative, 0, 0, Double.NaN);
        int dead = 0;
        int saturated = 0;
        for (int u = 0; u < units; u++) {
            int zeros = 0;
            int flat = 0;
            for (int i = u * points; i < (u + 1) * points; i++) {
                zeros += derivative[i] == 0 ? 1 : 0;
                flat += UnitHealth.saturates(derivative[i]) ? 1 : 0;
            }
            UnitDiagnostics unit = d.units().get(u);
            assertThat(unit.dead()).as("unit %d dead", u).isEqualTo(UnitHealth.isDead(zeros, points));
            assertThat(unit.saturated()).as("unit %d saturated", u).isEqualTo(UnitHealth.isSaturated(flat, points));
            assertThat(unit.zeroGradientShare()).isEqualTo((double) zeros / points);
            assertThat(unit.saturatedShare()).isEqualTo((double) flat / points);
            assertThat(unit.deathStep()).isEqualTo(unit.dead() ? 3 : -1);
            dead += unit.dead() ? 1 : 0;
            saturated += unit.saturated() ? 1 : 0;
        }
        assertThat(d.deadFraction()).isEqualTo((double) dead / units);
        assertThat(d.saturatedFraction()).isEqualTo((double) saturated / units);
    }

    @Provide
    Arbitrary<List<Integer>> patterns() {
        return Arbitraries.integers().between(0, SLOPES.length - 1).list().ofMinSize(1).ofMaxSize(50);
    }
}
