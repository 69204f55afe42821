package org.activationlab.plot.studies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.export.CsvExporter;
import org.activationlab.model.Gate;
import org.activationlab.plot.SeriesTable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class GatedGridTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Gate.class)
    void everyNodeHoldsTheUnitAndItsPartials(Gate unit) {
        GatedGrid grid = GatedGrid.sample(unit, -3, 2, -4, 4, 11);
        assertThat(grid.as()).startsWith(-3.0).endsWith(2.0).hasSize(11);
        assertThat(grid.bs()).startsWith(-4.0).endsWith(4.0).hasSize(11);
        double[] as = grid.as();
        double[] bs = grid.bs();
        for (int r = 0; r < 11; r++) {
            for (int c = 0; c < 11; c++) {
                int i = r * 11 + c;
                assertThat(grid.values()[i]).isEqualTo(unit.value(as[c], bs[r]));
                assertThat(grid.partialsA()[i]).isEqualTo(unit.gate().value(bs[r]));
                assertThat(grid.partialsB()[i]).isEqualTo(as[c] * unit.gate().derivative(bs[r]));
            }
        }
    }

    @Test
    void theTableHasOneRowPerNodeWithBSlowest() {
        SeriesTable t = GatedGrid.sample(Gate.SWIGLU, 0, 1, 10, 12, 3).table();
        assertThat(t.headers()).containsExactly("a", "b", "h", "dh_da", "dh_db");
        assertThat(t.rowCount()).isEqualTo(9);
        double[][] expected = {{0, 10}, {0.5, 10}, {1, 10}, {0, 11}, {0.5, 11}, {1, 11}, {0, 12}, {0.5, 12}, {1, 12}};
        for (int row = 0; row < 9; row++) {
            assertThat(t.value(row, 0)).isEqualTo(expected[row][0]);
            assertThat(t.value(row, 1)).isEqualTo(expected[row][1]);
            assertThat(t.value(row, 2)).isEqualTo(Gate.SWIGLU.value(expected[row][0], expected[row][1]));
        }
    }

    @Test
    void theCsvHasTheHeaderAndRoundTrippingNumbers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("grid.csv");
        CsvExporter.write(GatedGrid.sample(Gate.GLU, -1, 1, -1, 1, 2).table(), file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("a,b,h,dh_da,dh_db");
        String[] last = lines.get(4).split(",");
        assertThat(Double.parseDouble(last[2])).isEqualTo(Gate.GLU.value(1, 1));
        assertThat(Double.parseDouble(last[3])).isEqualTo(Gate.GLU.partialA(1, 1));
        assertThat(Double.parseDouble(last[4])).isEqualTo(Gate.GLU.partialB(1, 1));
    }

    @Test
    void aBadRangeOrTooFewNodesIsRefused() {
        assertThatThrownBy(() -> GatedGrid.sample(Gate.GLU, 1, 1, 0, 1, 5)).hasMessageContaining("range of a");
        assertThatThrownBy(() -> GatedGrid.sample(Gate.GLU, 0, 1, 0, Double.NaN, 5)).hasMessageContaining("range of b");
        assertThatThrownBy(() -> GatedGrid.sample(Gate.GLU, 0, 1, 0, 1, 1)).hasMessageContaining("at least 2 nodes");
    }
}
