package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.activationlab.model.Catalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, 4.12: a unit whose pre-activations overflowed is reported as such (its overflowed
 * flag), not as dead or saturated, and a finite layer reports a non-finite share of exactly 0.
 */
class OverflowDiagnosticsTest {
    private static final int POINTS = 4;

    /**
     * Two ReLU units over four inputs: unit 0 gets {@code z0} at its first input and -1 at the
     * others (relu' = 0 there), unit 1 gets -1 everywhere (truly dead).
     */
    @ParameterizedTest(name = "z0 = {0}: unit 0 dead {1}, non-finite share {2}")
    @CsvSource({
            "-1,         true,  0",
            "-Infinity,  false, 0.125",
            "Infinity,   false, 0.125",
            "NaN,        false, 0.125",
            "-1e308,     true,  0"})
    void overflowedUnitsAreNeitherDeadNorSaturated(double z0, boolean unit0Dead, double nonFinite) {
        LayerShape shape = LayerShape.at(0, UnitKind.of(Catalogue.get("relu")), 2, 2);
        double[] z = new double[2 * POINTS];
        Arrays.fill(z, -1);
        z[0] = z0;
        double[] derivative = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            derivative[i] = Catalogue.get("relu").derivative(z[i]);
        }
        derivative[0] = 0; // relu'(+inf) = 1, relu'(NaN) = 1: the unit must not be judged either way
        LayerStatistics statistics = new LayerStatistics(shape);
        statistics.update(z, derivative, POINTS, 5);
        LayerDiagnostics d = statistics.diagnostics(z, derivative, 0, 0, Double.NaN);
        assertThat(d.units().get(0).dead()).isEqualTo(unit0Dead);
        assertThat(d.units().get(0).saturated()).isEqualTo(unit0Dead);
        assertThat(d.units().get(0).overflowed()).isEqualTo(nonFinite > 0);
        assertThat(d.units().get(1).dead()).isTrue();
        assertThat(d.units().get(1).overflowed()).isFalse();
        assertThat(d.deadFraction()).isEqualTo(unit0Dead ? 1.0 : 0.5);
        assertThat(d.nonFiniteFraction()).isEqualTo(nonFinite);
        assertThat(statistics.nonFiniteFraction()).isEqualTo(nonFinite);
    }

    @ParameterizedTest(name = "after an overflow at step 1, a finite step {0} reports no overflow")
    @CsvSource({"2", "3"})
    void theShareClearsWhenValuesAreFiniteAgain(int step) {
        LayerShape shape = LayerShape.at(0, UnitKind.of(Catalogue.get("relu")), 2, 1);
        LayerStatistics statistics = new LayerStatistics(shape);
        double[] derivative = new double[POINTS];
        statistics.update(new double[] {Double.NaN, -1, -1, -1}, derivative, POINTS, 1);
        assertThat(statistics.deadFraction()).isZero();
        statistics.update(new double[] {-1, -1, -1, -1}, derivative, POINTS, step);
        LayerDiagnostics d = statistics.diagnostics(new double[] {-1, -1, -1, -1}, derivative, 0, 0, Double.NaN);
        assertThat(d.nonFiniteFraction()).isZero();
        assertThat(d.units().get(0).dead()).isTrue();
        assertThat(d.units().get(0).overflowed()).isFalse();
        assertThat(d.units().get(0).deathStep()).isEqualTo(step);
    }
}
