package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitKindTest {

    @ParameterizedTest(name = "{0}: {1} row(s) per unit, learns alpha {2}, routes {3}, can die {4}, draws f {5}")
    @CsvSource({
            "tanh,    1, false, false, true,  true",
            "relu,    1, false, false, true,  true",
            "prelu,   1, true,  false, true,  true",
            "maxout,  2, false, true,  false, false"})
    void eachKindDescribesItsLayer(String name, int rows, boolean alpha, boolean routes, boolean canDie,
                                   boolean drawsF) {
        UnitKind kind = UnitKind.of(Catalogue.get(name));
        assertThat(kind.rowsPerUnit()).isEqualTo(rows);
        assertThat(kind.learnsAlpha()).isEqualTo(alpha);
        assertThat(kind.routes()).isEqualTo(routes);
        assertThat(kind.canDieOrSaturate()).isEqualTo(canDie);
        assertThat(kind.unitFunction(Double.NaN).isPresent()).isEqualTo(drawsF);
        assertThat(kind.activation().name()).isEqualTo(name);
    }

    @Test
    void maxoutHasKRowsPerUnitAndWritesOnlyK() {
        UnitKind kind = UnitKind.of(Catalogue.create("maxout", Map.of("k", 3.0, "w1", 5.0)));
        assertThat(kind.rowsPerUnit()).isEqualTo(3);
        assertThat(kind.networkParameters()).containsExactly(Map.entry("k", 3.0));
        assertThat(kind.layerFields(Double.NaN)).containsExactly(Map.entry("pieces", 3));
        LayerShape shape = LayerShape.at(10, kind, 2, 4);
        assertThat(shape.rows()).isEqualTo(12);
        assertThat(shape.biasOffset()).isEqualTo(10 + 12 * 2);
        assertThat(shape.end()).isEqualTo(10 + 12 * 2 + 12);
        assertThat(shape.hasAlpha()).isFalse();
    }

    @Test
    void preluLearnsOneAlphaAfterTheBiasesStartingFromTheFunctions() {
        UnitKind kind = UnitKind.of(Catalogue.get("prelu").with("alpha", 0.1));
        assertThat(kind.initialAlpha()).isEqualTo(0.1);
        assertThat(kind.layerFields(0.3)).containsExactly(Map.entry("alpha", 0.3));
        LayerShape shape = LayerShape.at(0, kind, 2, 3);
        assertThat(shape.alphaOffset()).isEqualTo(3 * 2 + 3);
        assertThat(shape.end()).isEqualTo(3 * 2 + 3 + 1);
        Activation learned = kind.unitFunction(0.3).orElseThrow();
        assertThat(learned.value(-2)).isEqualTo(-0.6);
    }

    @Test
    void preluForwardAndBackwardFollowPyTorch() {
        UnitKind kind = UnitKind.of(Catalogue.get("prelu"));
        double[] z = {-2, 0, 3};
        double[] a = new double[3];
        double[] d = new double[3];
        kind.forward(0.5, z, 3, 1, a, d, null);
        assertThat(a).containsExactly(-1, 0, 3);
        assertThat(d).containsExactly(0.5, 0.5, 1);
        double[] dz = new double[3];
        double alphaGradient = kind.backward(z, new double[] {1, 1, 1}, d, null, 3, 1, dz);
        assertThat(dz).containsExactly(0.5, 0.5, 1);
        assertThat(alphaGradient).isEqualTo(-2);
    }

    @Test
    void maxoutRoutesTheGradientToTheFirstWinningPiece() {
        UnitKind kind = UnitKind.of(Catalogue.get("maxout"));
        int n = 2;
        double[] z = {1, 4, 1, 2};
        double[] a = new double[n];
        int[] route = new int[n];
        kind.forward(Double.NaN, z, 1, n, a, null, route);
        assertThat(a).containsExactly(1, 4);
        assertThat(route).containsExactly(0, 0);
        double[] dz = new double[4];
        kind.backward(z, new double[] {3, 5}, null, route, 1, n, dz);
        assertThat(dz).containsExactly(3, 5, 0, 0);
    }
}
