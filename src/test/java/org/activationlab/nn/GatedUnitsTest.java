package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Gate;
import org.activationlab.model.GatedSpec;
import org.apache.commons.numbers.gamma.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gated unit kind: a layer of u units is Linear(in, 2u), rows 0..u-1 are a and rows u..2u-1 are b
 * (F.glu's split), h = a g(b), dL/da = dL/dh g(b), dL/db = dL/dh a g'(b), against values worked
 * out by hand from the gates' formulas.
 */
class GatedUnitsTest {

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** g(b) and g'(b) of each gate, written out here independently of the catalogue. */
    private static double[] gateAndSlope(Gate gate, double b) {
        double phi = Math.exp(-b * b / 2) / Math.sqrt(2 * Math.PI);
        return switch (gate) {
            case GLU -> new double[] {sigmoid(b), sigmoid(b) * (1 - sigmoid(b))};
            case REGLU -> new double[] {Math.max(0, b), b > 0 ? 1 : 0};
            case GEGLU -> new double[] {b * 0.5 * (1 + Erf.value(b / Math.sqrt(2))),
                0.5 * (1 + Erf.value(b / Math.sqrt(2))) + b * phi};
            case SWIGLU -> new double[] {b * sigmoid(b), sigmoid(b) * (1 + b * (1 - sigmoid(b)))};
        };
    }

    @ParameterizedTest(name = "{0}: a = {1}, b = {2}, dL/dh = {3}")
    @CsvSource({
            "GLU,    2.0,  0.5, 1.0",
            "GLU,   -1.5, -3.0, 0.25",
            "REGLU,  2.0,  0.5, 1.0",
            "REGLU,  3.0, -0.5, 2.0",
            "REGLU,  3.0,  0.0, 2.0",
            "GEGLU,  1.25, 0.7, -1.0",
            "GEGLU, -0.5, -2.0, 0.5",
            "SWIGLU, 0.75, 1.5, 1.0",
            "SWIGLU, 4.0, -6.0, -2.0"})
    void forwardIsAGOfBAndBackwardFollowsAutograd(Gate gate, double a, double b, double dh) {
        UnitKind kind = UnitKind.of(GatedSpec.of(gate).resolve());
        // one unit, two points: the second point swaps the roles, to see the split by rows
        double[] z = {a, b, b, a};
        double[] h = new double[2];
        double[] partials = new double[4];
        kind.forward(Double.NaN, z, 1, 2, h, partials, null);
        double[] first = gateAndSlope(gate, b);
        double[] second = gateAndSlope(gate, a);
        assertThat(h[0]).isCloseTo(a * first[0], offset(1e-15));
        assertThat(h[1]).isCloseTo(b * second[0], offset(1e-15));

        double[] dz = new double[4];
        kind.backward(z, new double[] {dh, dh}, partials, null, 1, 2, dz);
        assertThat(dz[0]).as("dL/da").isCloseTo(dh * first[0], offset(1e-15));
        assertThat(dz[2]).as("dL/db").isCloseTo(dh * a * first[1], offset(1e-14));
        assertThat(dz[1]).as("dL/da, second point").isCloseTo(dh * second[0], offset(1e-15));
        assertThat(dz[3]).as("dL/db, second point").isCloseTo(dh * b * second[1], offset(1e-14));
    }

    @Test
    void aLayerOfTwoUnitsTakesRowsZeroAndOneAsAAndRowsTwoAndThreeAsB() {
        UnitKind kind = UnitKind.of(ActivationSpec.of("reglu").resolve());
        // rows: a0, a1, b0, b1, one point each
        double[] z = {2, 3, 5, -7};
        double[] h = new double[2];
        double[] partials = new double[4];
        kind.forward(Double.NaN, z, 2, 1, h, partials, null);
        assertThat(h).containsExactly(10, 0);
        assertThat(partials).as("g(b0), g(b1), a0 g'(b0), a1 g'(b1)").containsExactly(5, 0, 2, 0);
        double[] dz = new double[4];
        kind.backward(z, new double[] {1, 1}, partials, null, 2, 1, dz);
        assertThat(dz).containsExactly(5, 0, 2, 0);
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void eachGatedSpecGivesAGatedLayerOfTwoRowsPerUnitAndNoParameters(Gate gate) {
        UnitKind kind = UnitKind.of(ActivationSpec.of(gate.unitName()).resolve());
        assertThat(kind).isInstanceOf(GatedUnits.class);
        assertThat(((GatedUnits) kind).gate()).isEqualTo(gate);
        assertThat(kind.rowsPerUnit()).isEqualTo(2);
        assertThat(kind.partialsPerUnit()).isEqualTo(2);
        assertThat(kind.gated()).isTrue();
        assertThat(kind.canDieOrSaturate()).isTrue();
        assertThat(kind.unitFunction(Double.NaN)).isEmpty();
        assertThat(kind.networkParameters()).isEmpty();
        assertThat(kind.layerFields(Double.NaN)).isEmpty();
        assertThat(kind.activation().name()).isEqualTo(gate.unitName());
        LayerShape shape = LayerShape.at(0, kind, 3, 4);
        assertThat(shape.rows()).isEqualTo(8);
        assertThat(shape.weightCount()).isEqualTo(24);
        assertThat(shape.end()).isEqualTo(24 + 8);
        assertThat(shape.row(1, 0)).as("a of unit 1").isEqualTo(1);
        assertThat(shape.row(1, 1)).as("b of unit 1").isEqualTo(5);
    }

    @Test
    void elementWiseAndMaxoutLayersKeepTheirRowsAndFanOut() {
        UnitKind relu = UnitKind.of(ActivationSpec.of("relu").resolve());
        UnitKind maxout = UnitKind.of(ActivationSpec.of("maxout", Map.of("k", 3.0)).resolve());
        assertThat(relu.gated()).isFalse();
        assertThat(relu.partialsPerUnit()).isEqualTo(1);
        assertThat(relu.initFanOut(5)).isEqualTo(5);
        assertThat(maxout.initFanOut(5)).isEqualTo(5);
        assertThat(LayerShape.at(0, maxout, 2, 4).row(1, 2)).isEqualTo(5);
        assertThat(UnitKind.of(ActivationSpec.of("swiglu").resolve()).initFanOut(5)).isEqualTo(10);
    }

    /**
     * He and Xavier draw a gated layer's weights as those of one Linear(in, 2u): Xavier's bound uses
     * fanOut = 2u, and the next layer's fanIn is u.
     */
    @Test
    void initialisationTreatsAGatedLayerAsOneLinearOfTwiceItsUnits() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("glu"), 3, 2);
        Layout layout = Layout.of(spec);
        double[] p = layout.initialParameters(Initializer.constant(0.5), 0, new Rng(1));
        assertThat(layout.layer(0).rows()).isEqualTo(6);
        assertThat(layout.layer(1).inputs()).isEqualTo(3);
        assertThat(layout.layer(1).rows()).isEqualTo(4);
        assertThat(layout.output().inputs()).isEqualTo(2);
        assertThat(p).hasSize(6 * 2 + 6 + 4 * 3 + 4 + 2 + 1);

        double[] xavier = layout.initialParameters(Initializer.xavierUniform(), 0, new Rng(1));
        Rng same = new Rng(1);
        for (int i = 0; i < 12; i++) {
            assertThat(xavier[i]).as("weight %d of the Linear(2, 6)", i)
                    .isEqualTo(Initializer.xavierUniform().sample(2, 6, same));
        }
    }
}
