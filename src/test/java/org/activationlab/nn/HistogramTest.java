package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void binsValuesAndCountsTheOnesOutsideTheRange() {
        Histogram h = Histogram.of(new double[] {-7, -6, -0.1, 0, 0.2, 5.99, 6, Double.NaN}, -6, 6, 12);

        assertThat(h.below()).isEqualTo(1);
        assertThat(h.above()).isEqualTo(1);
        assertThat(h.count(0)).isEqualTo(1);
        assertThat(h.count(5)).isEqualTo(1);
        assertThat(h.count(6)).isEqualTo(2);
        assertThat(h.count(11)).isEqualTo(1);
        assertThat(h.total()).isEqualTo(7);
        assertThat(h.binWidth()).isEqualTo(1);
        assertThat(h.binStart(6)).isEqualTo(0);
    }

    @Property
    void everyNonNaNValueIsCountedOnce(@ForAll @Size(max = 200) double[] values) {
        long numbers = Arrays.stream(values).filter(v -> !Double.isNaN(v)).count();
        assertThat(Histogram.of(values, -6, 6, 48).total()).isEqualTo(numbers);
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThatThrownBy(() -> Histogram.of(new double[0], 1, 1, 4))
                .hasMessage("a histogram needs a finite range lower < upper and at least one bin, got [1, 1) with 4");
    }

    @Test
    void countsAreACopy() {
        Histogram h = Histogram.of(new double[] {0}, -1, 1, 2);
        h.counts()[1] = 99;
        assertThat(h.count(1)).isEqualTo(1);
    }
}
