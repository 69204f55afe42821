package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TaskTest {

    @ParameterizedTest
    @EnumSource(Task.class)
    void classificationSetsAreBalancedAndSeeded(Task task) {
        Dataset d = task.generate(400, 0.1, new Rng(5));

        assertThat(d.type()).isEqualTo(task.type());
        assertThat(d.size()).isEqualTo(400);
        assertThat(task.generate(400, 0.1, new Rng(5))).isEqualTo(d);
        assertThat(task.generate(400, 0.1, new Rng(6))).isNotEqualTo(d);
        if (task.type() == ProblemType.CLASSIFICATION) {
            long ones = Arrays.stream(d.targets()).filter(y -> y == 1).count();
            assertThat(ones).as("points labelled 1").isBetween(task == Task.CHECKERBOARD ? 160L : 100L, 300L);
        }
    }

    @ParameterizedTest
    @CsvSource({"and, 0, 0, 0, 1", "or, 0, 1, 1, 1", "xor, 0, 1, 1, 0"})
    void gatesLabelTheCornersOfTheUnitSquare(String name, int y00, int y01, int y10, int y11) {
        Dataset d = Task.byName(name).generate(8, 0, new Rng(1));
        int[] expected = {y00, y01, y10, y11};
        for (int i = 0; i < 8; i++) {
            int corner = i % 4;
            assertThat(d.input(i, 0)).isEqualTo(corner >> 1);
            assertThat(d.input(i, 1)).isEqualTo(corner & 1);
            assertThat(d.target(i)).isEqualTo(expected[corner]);
        }
    }

    @Test
    void noiseMovesPointsByAboutItsStandardDeviation() {
        Dataset d = Task.AND.generate(4000, 0.1, new Rng(2));
        double squares = 0;
        for (int i = 0; i < d.size(); i++) {
            int corner = i % 4;
            squares += Math.pow(d.input(i, 0) - (corner >> 1), 2) + Math.pow(d.input(i, 1) - (corner & 1), 2);
        }
        assertThat(Math.sqrt(squares / (2 * d.size()))).isCloseTo(0.1, offset(0.005));
    }

    @Test
    void circleSeparatesAnInnerDiscFromAnOuterRing() {
        Dataset d = Task.CIRCLE.generate(300, 0, new Rng(3));
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.input(i, 0), d.input(i, 1));
            if (d.target(i) == 1) {
                assertThat(r).isLessThanOrEqualTo(0.5);
            } else {
                assertThat(r).isBetween(0.7, 1.0);
            }
        }
    }

    @Test
    void checkerboardLabelsFollowTheCells() {
        Dataset d = Task.CHECKERBOARD.generate(300, 0, new Rng(3));
        for (int i = 0; i < d.size(); i++) {
            int cells = (int) (Math.floor(2 * d.input(i, 0)) + Math.floor(2 * d.input(i, 1)));
            assertThat(d.target(i)).isEqualTo(Math.floorMod(cells, 2) == 0 ? 1 : 0);
        }
    }

    @ParameterizedTest
    @CsvSource({"sin, 0.5, 1", "abs, -0.25, 0.25", "step, -0.1, 0", "step, 0.1, 1", "cubic, -0.5, -0.125"})
    void regressionTargetsFollowTheirFunctionWithoutNoise(String name, double x, double y) {
        Task task = Task.byName(name);
        Dataset d = task.generate(200, 0, new Rng(4));
        for (int i = 0; i < d.size(); i++) {
            assertThat(d.input(i, 0)).isBetween(-1.0, 1.0);
        }
        Dataset one = new Dataset(ProblemType.REGRESSION, new double[] {x}, new double[] {y});
        assertThat(d.type()).isEqualTo(one.type());
        double expected = switch (task) {
            case SIN -> Math.sin(Math.PI * x);
            case ABS -> Math.abs(x);
            case STEP -> x < 0 ? 0 : 1;
            default -> x * x * x;
        };
        assertThat(expected).isCloseTo(y, offset(1e-15));
        for (int i = 0; i < d.size(); i++) {
            double xi = d.input(i, 0);
            double fi = switch (task) {
                case SIN -> Math.sin(Math.PI * xi);
                case ABS -> Math.abs(xi);
                case STEP -> xi < 0 ? 0 : 1;
                default -> xi * xi * xi;
            };
            assertThat(d.target(i)).isCloseTo(fi, offset(1e-15));
        }
    }

    @Test
    void splitDrawsTrainingAndTestPointsSeparately() {
        DataSplit s = Task.MOONS.split(200, 0.2, 0.1, 9);
        assertThat(s.train().size()).isEqualTo(160);
        assertThat(s.test().size()).isEqualTo(40);
        assertThat(Task.MOONS.split(200, 0.2, 0.1, 9)).isEqualTo(s);
        assertThat(Task.MOONS.split(200, 0, 0.1, 9).test().isEmpty()).isTrue();
    }

    @Test
    void splittingAFileKeepsTheTrainingOrderAndHoldsOutARandomFraction() {
        double[] x = new double[20];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[2 * i] = i;
        }
        DataSplit s = DataSplit.split(new Dataset(ProblemType.CLASSIFICATION, x, y), 0.3, 1);

        assertThat(s.test().size()).isEqualTo(3);
        double[] trainX = s.train().inputs();
        for (int i = 1; i < s.train().size(); i++) {
            assertThat(trainX[2 * i]).isGreaterThan(trainX[2 * i - 2]);
        }
        assertThat(DataSplit.split(new Dataset(ProblemType.CLASSIFICATION, x, y), 0.3, 1)).isEqualTo(s);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Task.byName("xro")).hasMessage("unknown task 'xro'; choose one of "
                + "and, or, xor, circle, moons, spiral, gauss, checkerboard, sin, abs, step, cubic");
        assertThatThrownBy(() -> Task.XOR.split(100, 0.95, 0.1, 1))
                .hasMessage("the test fraction must be from 0 to 0.9, got 0.95");
        assertThatThrownBy(() -> Task.XOR.split(1, 0.5, 0.1, 1))
                .hasMessage("no training point remains from 1 points with a test fraction of 0.5");
        assertThatThrownBy(() -> Task.XOR.generate(10, -1, new Rng(1)))
                .hasMessage("the noise must be a finite number >= 0, got -1");
        assertThat(Task.byName("XOR")).isEqualTo(Task.XOR);
    }
}
