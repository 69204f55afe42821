package org.activationlab.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNumbersTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
            "0                      | 0",
            "-0.0                   | 0",
            "1                      | 1",
            "0.25                   | 0.25",
            "-1.7580993408473766    | -1.7581",
            "-6.906754778648554     | -6.9068",
            "1.0507009873554805     | 1.0507",
            "123456.7               | 1.2346e5",
            "99999.5                | 1e5",
            "0.00012345678          | 0.00012346",
            "0.000012345678         | 1.2346e-5",
            "1e-300                 | 1e-300",
            "-2.5e10                | -2.5e10",
            "Infinity               | ∞",
            "-Infinity              | -∞",
            "NaN                    | NaN",
    })
    void formatsForReading(double value, String expected) {
        assertThat(DisplayNumbers.format(value)).isEqualTo(expected);
    }
}
