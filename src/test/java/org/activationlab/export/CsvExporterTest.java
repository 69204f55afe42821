package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.plot.SeriesTable;
import org.activationlab.plot.curves.CurveSampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
    @TempDir
    Path dir;

    @Test
    void headerThenOneRowPerSampleThatReadsBackExactly() throws Exception {
        SeriesTable table = CurveSampler.sample(ExportFixtures.threeFunctions(false)).table(1);
        Path file = dir.resolve("curves.csv");
        CsvExporter.write(table, file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("x,sigmoid,dsigmoid,tanh,dtanh,relu,drelu");
        assertThat(lines).hasSize(1 + 401);
        String[] middle = lines.get(201).split(",");
        assertThat(Double.parseDouble(middle[0])).isEqualTo(0.0);
        assertThat(Double.parseDouble(middle[1])).isEqualTo(0.5);
        assertThat(Double.parseDouble(middle[2])).isEqualTo(0.25);
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",");
            assertThat(cells).hasSize(7);
            for (int c = 0; c < cells.length; c++) {
                assertThat(Double.parseDouble(cells[c])).isEqualTo(table.value(r - 1, c));
            }
        }
    }

    @Test
    void headersWithCommasOrQuotesAreQuoted() {
        assertThat(CsvExporter.quote("plain")).isEqualTo("plain");
        assertThat(CsvExporter.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExporter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
