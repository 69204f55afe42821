package org.activationlab.ui.controls;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.LinearPieces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class PiecesPresetTest {
    private static final Activation MAXOUT = Catalogue.get("maxout");

    /** The pieces of Maxout with {@code k} pieces. */
    private static LinearPieces pieces(int k) {
        return MAXOUT.with("k", k).linearPieces().orElseThrow();
    }

    @Test
    void reluPresetIsExactlyTheSourceTextsPieces() {
        assertThat(PiecesPreset.RELU.parameters(pieces(5), -2, 2)).containsExactly(
                entry("k", 2.0), entry("w1", 1.0), entry("b1", 0.0), entry("w2", 0.0), entry("b2", 0.0));
    }

    @Test
    void absoluteValuePresetIsMinusXAndX() {
        assertThat(PiecesPreset.ABSOLUTE_VALUE.parameters(pieces(1), -2, 2)).containsExactly(
                entry("k", 2.0), entry("w1", -1.0), entry("b1", 0.0), entry("w2", 1.0), entry("b2", 0.0));
    }

    @ParameterizedTest(name = "x = {0}")
    @CsvSource({"-7, 7", "-1.5, 1.5", "0, 0", "0.25, 0.25", "1000, 1000"})
    void presetsMakeMaxoutComputeReluAndAbs(double x, double abs) {
        Activation relu = MAXOUT.with(PiecesPreset.RELU.parameters(pieces(2), -2, 2));
        Activation absolute = MAXOUT.with(PiecesPreset.ABSOLUTE_VALUE.parameters(pieces(2), -2, 2));
        assertThat(relu.value(x)).isEqualTo(Catalogue.get("relu").value(x));
        assertThat(absolute.value(x)).isEqualTo(abs);
    }

    @Test
    void squarePresetWithFivePiecesIsTheTangentsAtMinusTwoToTwo() {
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("k", 5.0);
        double[] points = {-2, -1, 0, 1, 2};
        for (int i = 0; i < points.length; i++) {
            expected.put("w" + (i + 1), 2 * points[i]);
            expected.put("b" + (i + 1), -points[i] * points[i] + 0.0);
        }
        assertThat(PiecesPreset.SQUARE_TANGENTS.parameters(pieces(5), -2, 2)).containsExactlyEntriesOf(expected);
    }

    @ParameterizedTest(name = "current k = {0} gives {1} tangents")
    @CsvSource({"1, 5", "2, 5", "3, 3", "8, 8"})
    void squarePresetKeepsAUsefulK(int currentK, double tangents) {
        assertThat(PiecesPreset.SQUARE_TANGENTS.parameters(pieces(currentK), -2, 2)).containsEntry("k", tangents);
    }

    @Test
    void squarePresetNeedsARange() {
        assertThatThrownBy(() -> PiecesPreset.SQUARE_TANGENTS.parameters(pieces(5), 2, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PiecesPreset.SQUARE_TANGENTS.parameters(pieces(5), 0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Tangents of a convex function lie below it, and their max is within (h/2)^2 of x^2 (h = spacing). */
    @Property
    void tangentEnvelopeApproximatesTheSquareFromBelow(@ForAll @IntRange(min = 3, max = 8) int k,
                                                      @ForAll @DoubleRange(min = -10, max = 9) double from,
                                                      @ForAll @DoubleRange(min = 0.1, max = 10) double width,
                                                      @ForAll @DoubleRange(min = 0, max = 1) double share) {
        double to = from + width;
        Activation approximation = MAXOUT.with(PiecesPreset.SQUARE_TANGENTS.parameters(pieces(k), from, to));
        double x = from + share * width;
        double h = width / (k - 1);
        double gap = x * x - approximation.value(x);
        double tolerance = 1e-12 * (1 + x * x);
        assertThat(gap).isGreaterThanOrEqualTo(-tolerance);
        assertThat(gap).isLessThanOrEqualTo(h * h / 4 + tolerance);
    }
}
