package org.activationlab.nn.neuron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The single neuron: presets, truth tables, the decision line, and why XOR is out of reach. */
class NeuronTest {
    private static final Activation SIGMOID = Catalogue.get("sigmoid");

    /** The source text's example: b = -30, w1 = w2 = 20 gives about 0, 0, 0, 1. */
    @Test
    void andPresetWithSigmoidIsTheSourceTextsExample() {
        List<Neuron.TruthRow> rows = LogicPreset.AND.neuron(SIGMOID).truthTable();
        assertThat(rows).extracting(Neuron.TruthRow::z).containsExactly(-30.0, -10.0, -10.0, 10.0);
        assertThat(rows.get(0).output()).isLessThan(1e-4);
        assertThat(rows.get(1).output()).isLessThan(1e-4);
        assertThat(rows.get(2).output()).isLessThan(1e-4);
        assertThat(rows.get(3).output()).isGreaterThan(0.9999);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LogicPreset.class)
    void everyPresetComputesItsGateWithinOneTenThousandth(LogicPreset preset) {
        for (Neuron.TruthRow row : preset.neuron(SIGMOID).truthTable()) {
            boolean expected = preset.expected(row.x1(), row.x2());
            assertThat(row.fires()).as("%s(%d, %d)", preset, row.x1(), row.x2()).isEqualTo(expected);
            assertThat(row.output()).isCloseTo(expected ? 1 : 0, Offset.offset(1e-4));
        }
    }

    @ParameterizedTest(name = "{0}: b={1}, w1={2}, w2={3}, truth {4}")
    @CsvSource({
            "AND,  -30, 20,  20,  0001",
            "OR,   -10, 20,  20,  0111",
            "NAND, 30,  -20, -20, 1110",
            "NOT,  10,  -20, 0,   1100"})
    void presetWeightsAndTruthTables(LogicPreset preset, double b, double w1, double w2, String truth) {
        assertThat(new double[] {preset.bias(), preset.w1(), preset.w2()}).containsExactly(b, w1, w2);
        StringBuilder bits = new StringBuilder();
        for (int[] x : Neuron.BINARY_INPUTS) {
            bits.append(preset.expected(x[0], x[1]) ? '1' : '0');
        }
        assertThat(bits).hasToString(truth);
    }

    @Test
    void theReadingDoesNotDependOnTheActivation() {
        for (String name : List.of("tanh", "relu", "identity", "gelu")) {
            Neuron n = LogicPreset.OR.neuron(Catalogue.get(name));
            assertThat(n.truthTable()).extracting(Neuron.TruthRow::fires).containsExactly(false, true, true, true);
            assertThat(n.output(1, 1)).isEqualTo(Catalogue.get(name).value(30));
        }
    }

    @Test
    void andDecisionLineCrossesTheUnitSquareAtThreeQuarters() {
        Neuron.Segment s = LogicPreset.AND.neuron(SIGMOID).decisionLine(0, 1).orElseThrow();
        assertThat(new double[] {s.x1Start(), s.x2Start(), s.x1End(), s.x2End()}).containsExactly(0.5, 1.0, 1.0, 0.5);
    }

    @Test
    void notDecisionLineIsVertical() {
        Neuron.Segment s = LogicPreset.NOT.neuron(SIGMOID).decisionLine(-0.5, 1.5).orElseThrow();
        assertThat(new double[] {s.x1Start(), s.x2Start(), s.x1End(), s.x2End()}).containsExactly(0.5, -0.5, 0.5, 1.5);
    }

    @Test
    void noDecisionLineWithoutWeightsOrOutsideTheSquare() {
        assertThat(new Neuron(SIGMOID, 1, 0, 0).decisionLine(0, 1)).isEmpty();
        assertThat(new Neuron(SIGMOID, -30, 1, 1).decisionLine(0, 1)).isEmpty();
    }

    /** The segment lies inside the square and on z = 0. */
    @Property(tries = 500)
    void decisionLineLiesOnZEqualsZero(@ForAll @DoubleRange(min = -40, max = 40) double b,
                                       @ForAll @DoubleRange(min = -40, max = 40) double w1,
                                       @ForAll @DoubleRange(min = -40, max = 40) double w2) {
        Neuron n = new Neuron(SIGMOID, b, w1, w2);
        n.decisionLine(-0.5, 1.5).ifPresent(s -> {
            double scale = Math.abs(b) + Math.abs(w1) + Math.abs(w2);
            for (double[] p : new double[][] {{s.x1Start(), s.x2Start()}, {s.x1End(), s.x2End()}}) {
                assertThat(p[0]).isBetween(-0.5, 1.5);
                assertThat(p[1]).isBetween(-0.5, 1.5);
                assertThat(Math.abs(n.preActivation(p[0], p[1]))).isLessThanOrEqualTo(1e-12 * scale);
            }
        });
    }

    /** Every neuron gets XOR wrong somewhere, because z(0,0) + z(1,1) = z(0,1) + z(1,0). */
    @Property(tries = 2000)
    void noNeuronComputesXor(@ForAll @DoubleRange(min = -40, max = 40) double b,
                             @ForAll @DoubleRange(min = -40, max = 40) double w1,
                             @ForAll @DoubleRange(min = -40, max = 40) double w2) {
        XorProof proof = XorProof.check(new Neuron(SIGMOID, b, w1, w2));
        assertThat(proof.wrongInputs()).isNotEmpty();
        assertThat(proof.cornerSum()).isCloseTo(proof.edgeSum(), Offset.offset(1e-12 * (1 + Math.abs(proof.edgeSum()))));
    }

    @Test
    void xorProofNamesTheWrongInputsOfAnOrNeuron() {
        XorProof proof = XorProof.check(LogicPreset.OR.neuron(SIGMOID));
        assertThat(proof.wrongInputs()).containsExactly(new int[] {1, 1});
        assertThat(proof.cornerSum()).isEqualTo(20.0);
        assertThat(proof.edgeSum()).isEqualTo(20.0);
        assertThat(XorProof.xor(0, 1)).isTrue();
        assertThat(XorProof.xor(1, 1)).isFalse();
    }

    @Test
    void rejectsNonFiniteWeights() {
        assertThatThrownBy(() -> new Neuron(SIGMOID, Double.NaN, 0, 0)).hasMessage("b must be a finite number, got NaN");
        assertThatThrownBy(() -> new Neuron(SIGMOID, 0, Double.POSITIVE_INFINITY, 0))
                .hasMessage("w1 must be a finite number, got Infinity");
    }
}
