package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataCsvTest {

    private static Dataset read(String text) throws IOException, DataFormatException {
        return DataCsv.read(new StringReader(text));
    }

    @Test
    void readsClassificationPointsWithSpacesBlankLinesAndCrLf() throws Exception {
        Dataset d = read("\uFEFFx1, x2 ,label\r\n0.5,-1,1\r\n\r\n 2e-3 , .25 , 0.0 \r\n");

        assertThat(d.type()).isEqualTo(ProblemType.CLASSIFICATION);
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.inputs()).containsExactly(0.5, -1, 0.002, 0.25);
        assertThat(d.targets()).containsExactly(1, 0);
    }

    @Test
    void readsRegressionPoints() throws Exception {
        Dataset d = read("x,y\n-1,0.5\n1,-2.5E+1\n");

        assertThat(d.type()).isEqualTo(ProblemType.REGRESSION);
        assertThat(d.inputs()).containsExactly(-1, 1);
        assertThat(d.targets()).containsExactly(0.5, -25);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "''                                | the file is empty; expected the header x1,x2,label or x,y",
        "'x1,x2,label\n'                   | no data rows after the header",
        "'a,b,c\n1,2,0\n'                  | line 1: expected the header x1,x2,label (classification) or x,y (regression), got 'a,b,c'",
        "'0,0,1\n'                         | line 1: expected the header x1,x2,label (classification) or x,y (regression), got '0,0,1'",
        "'x1,x2,label\n1,2,0\n\n1,2\n'     | line 4: expected 3 values (x1,x2,label), got 2",
        "'x1,x2,label\n1,2,0,4\n'          | line 2: expected 3 values (x1,x2,label), got 4",
        "'x1,x2,label\n1,abc,0\n'          | line 2: x2 is not a number: 'abc'",
        "'x1,x2,label\n1,,0\n'             | line 2: x2 is empty",
        "'x1,x2,label\nNaN,1,0\n'          | line 2: x1 is not a number: 'NaN'",
        "'x1,x2,label\n1,Infinity,0\n'     | line 2: x2 is not a number: 'Infinity'",
        "'x1,x2,label\n1d,1,0\n'           | line 2: x1 is not a number: '1d'",
        "'x1,x2,label\n0x10,1,0\n'         | line 2: x1 is not a number: '0x10'",
        "'x1,x2,label\n1e999,1,0\n'        | line 2: x1 is too large for a double: 1e999",
        "'x1,x2,label\n0,0,1\n1,1,2\n'     | line 3: label must be 0 or 1, got 2",
        "'x1,x2,label\n0,0,0.5\n'          | line 2: label must be 0 or 1, got 0.5",
        "'x,y\n1,2\n3\n'                   | line 3: expected 2 values (x,y), got 1",
        "'x,y\n1,two\n'                    | line 2: y is not a number: 'two'",
    })
    void rejectsBadFilesNamingTheLine(String text, String message) {
        assertThatThrownBy(() -> read(text.replace("\\n", "\n")))
                .isInstanceOf(DataFormatException.class)
                .hasMessage(message);
    }

    @Test
    void reportsTheLineNumberAsAField() {
        assertThatThrownBy(() -> read("x,y\n1,2\n\n\nz,2\n"))
                .isInstanceOfSatisfying(DataFormatException.class, e -> assertThat(e.line()).isEqualTo(5));
    }

    @Test
    void rejectsMoreThanTheMaximumNumberOfRows() {
        StringBuilder sb = new StringBuilder("x,y\n");
        for (int i = 0; i <= DataCsv.MAX_ROWS; i++) {
            sb.append("1,2\n");
        }
        assertThatThrownBy(() -> read(sb.toString()))
                .hasMessage("line " + (DataCsv.MAX_ROWS + 2) + ": too many rows; at most 100000 are allowed");
    }

    @Test
    void writesLabelsAsIntegersAndNumbersThatRoundTrip() {
        Dataset d = new Dataset(ProblemType.CLASSIFICATION, new double[] {0.1, 1e-20, -3, 2}, new double[] {1, 0});
        assertThat(DataCsv.toCsv(d)).isEqualTo("x1,x2,label\n0.1,1.0E-20,1\n-3.0,2.0,0\n");
    }

    @Property(tries = 50)
    void everyGeneratedDataSetReadsBackExactly(@ForAll Task task, @ForAll @IntRange(min = 1, max = 60) int size,
                                                @ForAll @IntRange(min = 0, max = 1000) int seed) throws Exception {
        Dataset d = task.generate(size, 0.3, new Rng(seed));
        assertThat(read(DataCsv.toCsv(d))).isEqualTo(d);
    }

    /** A reader of {@code length} copies of {@code c}, without holding them: an endless line in bounded memory. */
    private static Reader repeated(char c, long length) {
        return new Reader() {
            private long left = length;

            @Override
            public int read(char[] buffer, int offset, int count) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                Arrays.fill(buffer, offset, offset + n, c);
                left -= n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void anEndlessLineIsRefusedAtTheLengthCapWithoutReadingOn() {
        assertThatThrownBy(() -> DataCsv.read(repeated('7', Long.MAX_VALUE)))
                .hasMessage("line 1: the line is too long; at most 1000 characters are allowed");
        assertThatThrownBy(() -> DataCsv.read(new SequenceReader("x,y\n1,2\n", repeated('1', Long.MAX_VALUE))))
                .hasMessage("line 3: the line is too long; at most 1000 characters are allowed");
    }

    @Test
    void aFileLongerThanTheCapIsRefused() {
        assertThatThrownBy(() -> DataCsv.read(new SequenceReader("x,y\n", repeated('\n', Long.MAX_VALUE))))
                .hasMessage("the file is too long; at most 16000000 characters are read");
        String longRow = "1" + " ".repeat(300) + ",2\n";
        StringBuilder rows = new StringBuilder("x,y\n");
        while (rows.length() <= DataCsv.MAX_CHARACTERS) {
            rows.append(longRow);
        }
        assertThatThrownBy(() -> read(rows.toString()))
                .hasMessage("the file is too long; at most 16000000 characters are read");
    }

    @Test
    void controlCharactersMeanTheFileIsNotText() {
        String notText = "not UTF-8 text: it holds the control character %s (a binary file, or another encoding such as UTF-16?)";
        assertThatThrownBy(() -> read("x\u0000,\u0000y\n1,2\n")).hasMessage("line 1: " + notText.formatted("U+0000"));
        assertThatThrownBy(() -> read("x,y\n1,\u001b2\n")).hasMessage("line 2: " + notText.formatted("U+001B"));
        assertThatThrownBy(() -> DataCsv.read(repeated('\u0000', Long.MAX_VALUE)))
                .hasMessage("line 1: " + notText.formatted("U+0000"));
    }

    @Test
    void aLongFieldIsQuotedShortWithAnEllipsis() {
        String field = "9".repeat(500) + "x";
        assertThatThrownBy(() -> read("x,y\n1," + field + "\n"))
                .hasMessage("line 2: y is not a number: '" + "9".repeat(40) + "\u2026'");
        assertThatThrownBy(() -> read("a".repeat(900) + "\n"))
                .hasMessageEndingWith("got '" + "a".repeat(40) + "\u2026'");
    }

    @Test
    void tabsAndCrLfStillRead() throws Exception {
        assertThat(read("x,y\r\n\t1,\t2\r\n3,4\r").targets()).containsExactly(2, 4);
    }

    /** Two readers one after the other. */
    private static final class SequenceReader extends Reader {
        private final Reader first;
        private final Reader second;
        private boolean firstDone;

        SequenceReader(String first, Reader second) {
            this.first = new StringReader(first);
            this.second = second;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            if (!firstDone) {
                int n = first.read(buffer, offset, count);
                if (n >= 0) {
                    return n;
                }
                firstDone = true;
            }
            return second.read(buffer, offset, count);
        }

        @Override
        public void close() {
        }
    }
}
