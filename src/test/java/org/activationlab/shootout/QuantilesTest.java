package org.activationlab.shootout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quartiles by linear interpolation (NumPy's default), infinite values included. */
class QuantilesTest {
    

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1              | 1   | 1   | 1",
        "3 1 2          | 1.5 | 2   | 2.5",
        "4 1 3 2        | 1.75| 2.5 | 3.25",
        "5 4 3 2 1      | 2   | 3   | 4",
        "1 Infinity Infinity      | Infinity | Infinity | Infinity",
        "1 2 Infinity Infinity    | 1.75| Infinity | Infinity",
        "1 2 3 Infinity      | 1.75| 2.5 | Infinity",
    })
    void quartilesAsNumPyComputesThem(String values, double q1, double median, double q3) {
        String[] parts = values.trim().split(" +");
        double[] x = new double[parts.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Double.parseDouble(parts[i]);
        }
        assertThat(Quantiles.quartiles(x)).containsExactly(q1, median, q3);
        assertThat(Quantiles.median(x)).isEqualTo(median);
    }

    @Test
    void noValuesHaveNoMedian() {
        assertThat(Quantiles.median(new double[0])).isNaN();
    }
}
