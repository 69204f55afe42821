package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rounded numbers, intervals and interval conditions as people read them. */
class IntervalTextTest {
    @ParameterizedTest(name = "{0} to {1} digits is {2}")
    @CsvSource({
            "-1.7580993408473766, 5, -1.7581",
            "6.905752272297944,   2, 6.9",
            "6.905752272297944,   5, 6.9058",
            "0.25,                5, 0.25",
            "6,                   5, 6",
            "-0.0,                5, 0",
            "278464.6,            5, 278460",
            "Infinity,            5, inf",
            "-Infinity,           5, -inf"})
    void roundsToSignificantDigits(double v, int digits, String text) {
        assertThat(Numbers.format(v, digits)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} is {4} / {5}")
    @CsvSource(delimiter = ';', value = {
            "-Infinity; false; -6.905752272297944; false; (-inf, -6.9058); x < -6.9058",
            "6.905752272297944; false; Infinity; false;   (6.9058, inf);   x > 6.9058",
            "-Infinity; false; 0; true;                   (-inf, 0];       x <= 0",
            "6; true; Infinity; false;                    [6, inf);        x >= 6",
            "-1; false; 1; true;                          (-1, 1];         -1 < x <= 1",
            "-1; true; 1; true;                           [-1, 1];         -1 <= x <= 1",
            "3; true; 3; true;                            [3, 3];          x = 3",
            "-Infinity; false; Infinity; false;           (-inf, inf);     all x"})
    void formatsIntervalsAndConditions(double lower, boolean lowerClosed, double upper, boolean upperClosed,
                                        String interval, String condition) {
        Interval i = new Interval(lower, lowerClosed, upper, upperClosed);
        assertThat(i.format(5)).isEqualTo(interval);
        assertThat(i.asCondition(5)).isEqualTo(condition);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "open pieces meet at an included point; (-inf,0) [0,0] (0,1);    (-inf, 1)",
            "open pieces do not meet at a gap;      (-inf,0) (0,1);          (-inf, 0) (0, 1)",
            "closed end joins an open start;        [0,1] (1,2);             [0, 2)",
            "overlap keeps the wider end;           [0,3] (1,2);             [0, 3]",
            "disjoint stay apart, sorted;           [5,6] [0,1];             [0, 1] [5, 6]",
            "same upper, one closed;                (0,2) [1,2];             (0, 2]"})
    void unionsMergeTouchingIntervals(String description, String parts, String union) {
        List<Interval> intervals = Arrays.stream(parts.trim().split(" ")).map(IntervalTextTest::parse).toList();
        assertThat(String.join(" ", IntervalUnion.of(intervals).stream().map(Interval::toString).toList())).isEqualTo(union);
    }

    private static Interval parse(String text) {
        String[] ends = text.substring(1, text.length() - 1).split(",");
        return new Interval(Double.parseDouble(ends[0].replace("inf", "Infinity")), text.charAt(0) == '[',
                Double.parseDouble(ends[1].replace("inf", "Infinity")), text.charAt(text.length() - 1) == ']');
    }
}
