package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportFormatTest {

    @ParameterizedTest
    @CsvSource({"a.png, PNG", "dir/b.SVG, SVG", "c.d.pdf, PDF", "table.Csv, CSV"})
    void formatComesFromTheExtension(String name, ExportFormat expected) throws Exception {
        assertThat(ExportFormat.of(Path.of(name))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "photo.jpg | cannot tell the format of photo.jpg: '.jpg' is not supported; use .png, .svg, .pdf or .csv",
            "figure | cannot tell the format of figure: it has no extension; use .png, .svg, .pdf or .csv"})
    void otherExtensionsAreRefusedByName(String name, String message) {
        assertThatThrownBy(() -> ExportFormat.of(Path.of(name))).isInstanceOf(ExportException.class).hasMessage(message);
    }
}
