package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Erf} against 5,900 golden values from mpmath at 50 digits
 * ({@code src/test/python/golden_erf.py}, stored in {@code golden/erf.csv}), with errors measured
 * exactly in ulps of the correctly rounded result; plus symmetry, monotonicity across the
 * places where the method switches formula, and special values.
 */
class ErfTest {
    /** The bound on erf, everywhere. */
    private static final double ERF_ULPS = 1.0;
    /** The bound on erfc wherever the true value is a normal double (x &lt; 26.54). */
    private static final double ERFC_ULPS = 3.0;
    /** The bound on erfc and erfcx where the true value is subnormal: one unit of 2^-1074. */
    private static final double SUBNORMAL_ULPS = 1.0;
    /** The bound on erfcx wherever the true value is a normal double. */
    private static final double ERFCX_ULPS = 4.0;

    /** Where Erf switches formula; monotonicity is checked on consecutive doubles around each. */
    private static final double[] JOINS = {0.25, 0.5, 0.875, 1.375, 1.625, 1.875, 2.375, 2.625,
        2.875, 3.375, 3.875, 4.0, 4.375, 4.875, 5.375, 5.875, 6.0, 26.7, 27.3};

    private record Golden(double x, String erf, String erfc, String erfcx) {
    }

    private record Worst(double ulps, double x) {
        Worst max(Worst other) {
            return other.ulps > ulps ? other : this;
        }

        String describe() {
            return String.format(Locale.ROOT, "%.3f ulp at x = %s", ulps, x);
        }
    }

    private static List<Golden> golden;

    static DoubleStream joins() {
        return DoubleStream.of(JOINS);
    }

    @BeforeAll
    static void readGoldenValues() throws IOException {
        golden = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ErfTest.class.getResourceAsStream("/golden/erf.csv")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.startsWith("x,")) {
                    continue;
                }
                String[] c = line.split(",", -1);
                golden.add(new Golden(Double.parseDouble(c[0]), c[1], c[2], c[3]));
            }
        }
        assertThat(golden).hasSizeGreaterThan(4000);
    }

    /** |got - reference| in ulps of the reference rounded to a double; exact arithmetic. */
    static double ulpError(double got, String reference) {
        BigDecimal exact = new BigDecimal(reference);
        double ulp = Math.ulp(exact.doubleValue());
        return new BigDecimal(got).subtract(exact).abs()
                .divide(new BigDecimal(ulp), MathContext.DECIMAL64).doubleValue();
    }

    /** The measured figure goes to the console (surefire shows it) and to the JUnit report. */
    private static void report(TestReporter reporter, String what, Worst worst) {
        reporter.publishEntry(what, worst.describe());
        System.out.println("ErfTest: " + what + ": " + worst.describe());
    }

    private static boolean isNaN(String reference) {
        return reference.equals("NaN");
    }

    @Test
    void erfIsWithinItsBoundOfTheGoldenValuesEverywhere(TestReporter reporter) {
        Worst worst = new Worst(0, 0);
        for (Golden g : golden) {
            double got = Erf.erf(g.x());
            if (isNaN(g.erf())) {
                assertThat(got).as("erf(%s)", g.x()).isNaN();
                continue;
            }
            worst = worst.max(new Worst(ulpError(got, g.erf()), g.x()));
        }
        report(reporter, "erf max error", worst);
        assertThat(worst.ulps()).as("erf: %s", worst.describe()).isLessThanOrEqualTo(ERF_ULPS);
    }

    @Test
    void erfcIsWithinItsBoundRelativelyWhereNormalAndToTheLastSubnormalPlaceBeyond(
            TestReporter reporter) {
        Worst normal = new Worst(0, 0);
        Worst subnormal = new Worst(0, 0);
        for (Golden g : golden) {
            double got = Erf.erfc(g.x());
            if (isNaN(g.erfc())) {
                assertThat(got).as("erfc(%s)", g.x()).isNaN();
                continue;
            }
            Worst here = new Worst(ulpError(got, g.erfc()), g.x());
            if (new BigDecimal(g.erfc()).doubleValue() >= Double.MIN_NORMAL) {
                normal = normal.max(here);
            } else {
                subnormal = subnormal.max(here);
            }
        }
        report(reporter, "erfc max error (normal results)", normal);
        report(reporter, "erfc max error (subnormal results)", subnormal);
        assertThat(normal.ulps()).as("erfc: %s", normal.describe()).isLessThanOrEqualTo(ERFC_ULPS);
        assertThat(subnormal.ulps()).as("erfc subnormal: %s", subnormal.describe())
                .isLessThanOrEqualTo(SUBNORMAL_ULPS);
    }

    @Test
    void erfcxIsWithinItsBoundRelativelyAndInfiniteExactlyWhereItOverflows(TestReporter reporter) {
        Worst worst = new Worst(0, 0);
        for (Golden g : golden) {
            double got = Erf.erfcx(g.x());
            switch (g.erfcx()) {
                case "NaN" -> assertThat(got).as("erfcx(%s)", g.x()).isNaN();
                case "Infinity" -> assertThat(got).as("erfcx(%s)", g.x()).isInfinite().isPositive();
                default -> {
                    Worst here = new Worst(ulpError(got, g.erfcx()), g.x());
                    double bound = new BigDecimal(g.erfcx()).doubleValue() >= Double.MIN_NORMAL
                            ? ERFCX_ULPS : SUBNORMAL_ULPS;
                    assertThat(here.ulps()).as("erfcx: %s", here.describe()).isLessThanOrEqualTo(bound);
                    worst = worst.max(here);
                }
            }
        }
        report(reporter, "erfcx max error", worst);
    }

    @Test
    void theGoldenTableCoversTheTailAndTheJoins() {
        assertThat(golden).as("subnormal erfc").anyMatch(g -> g.x() > 26.6 && g.x() < 27.2);
        for (double join : JOINS) {
            assertThat(golden).as("join %s", join)
                    .anyMatch(g -> g.x() == Math.nextDown(join))
                    .anyMatch(g -> g.x() == join)
                    .anyMatch(g -> g.x() == Math.nextUp(join));
        }
    }

    @ParameterizedTest(name = "x = {0}: erf = {1}, erfc = {2}, erfcx = {3}")
    @CsvSource({
        "0.0, 0.0, 1.0, 1.0",
        "-0.0, -0.0, 1.0, 1.0",
        "Infinity, 1.0, 0.0, 0.0",
        "-Infinity, -1.0, 2.0, Infinity",
        "NaN, NaN, NaN, NaN",
        "1.7976931348623157E308, 1.0, 0.0, 3.138408733985443E-309",
        "-1.7976931348623157E308, -1.0, 2.0, Infinity",
        "4.9E-324, 4.9E-324, 1.0, 1.0",
        "-6.0, -1.0, 2.0, 8.62246309423039E15",
        "27.3, 1.0, 0.0, 0.020652448329847556",
    })
    void specialValuesAreExact(double x, double erf, double erfc, double erfcx) {
        assertThat(Double.doubleToLongBits(Erf.erf(x))).as("erf(%s) = %s", x, Erf.erf(x))
                .isEqualTo(Double.doubleToLongBits(erf));
        assertThat(Double.doubleToLongBits(Erf.erfc(x))).as("erfc(%s) = %s", x, Erf.erfc(x))
                .isEqualTo(Double.doubleToLongBits(erfc));
        if (Double.isNaN(erfcx) || Double.isInfinite(erfcx) || erfcx == 0.0 || erfcx == 1.0) {
            assertThat(Double.doubleToLongBits(Erf.erfcx(x))).as("erfcx(%s) = %s", x, Erf.erfcx(x))
                    .isEqualTo(Double.doubleToLongBits(erfcx));
        } else {
            assertThat(Erf.erfcx(x)).as("erfcx(%s)", x).isCloseTo(erfcx, offset(4 * Math.ulp(erfcx)));
        }
    }

    @Property
    void erfIsOddExactly(@ForAll double x) {
        assertThat(Double.doubleToLongBits(Erf.erf(-x)))
                .isEqualTo(Double.doubleToLongBits(-Erf.erf(x)));
    }

    @Property
    void erfcOfMinusXIsTwoMinusErfc(@ForAll @DoubleRange(min = -30, max = 30) double x) {
        assertThat(Erf.erfc(x) + Erf.erfc(-x)).isCloseTo(2.0, offset(4 * Math.ulp(2.0)));
    }

    @Property
    void erfAndErfcAddUpToOne(@ForAll @DoubleRange(min = -7, max = 7) double x) {
        assertThat(Erf.erf(x) + Erf.erfc(x)).isCloseTo(1.0, offset(4 * Math.ulp(1.0)));
    }

    @Property
    void finiteArgumentsGiveResultsInRange(@ForAll double x) {
        if (Double.isFinite(x)) {
            assertThat(Erf.erf(x)).isBetween(-1.0, 1.0);
            assertThat(Erf.erfc(x)).isBetween(0.0, 2.0);
            assertThat(Erf.erfcx(x)).isGreaterThanOrEqualTo(0.0).isNotNaN();
        }
    }

    @Property
    void erfcxTimesTheGaussianIsErfc(@ForAll @DoubleRange(min = -5, max = 26) double x) {
        double erfc = Erf.erfc(x);
        assertThat(Erf.erfcx(x) * Math.exp(-x * x)).isCloseTo(erfc, offset(1e-12 * erfc));
    }

    @Test
    void erfRisesAndErfcFallsOnAFineGrid() {
        assertMonotone(Erf::erf, 1, -7.0, 7.0, 1e-4);
        assertMonotone(Erf::erfc, -1, -7.0, 28.0, 1e-4);
        // erfcx changes by less than an ulp from one double to the next in places, so its
        // monotonicity holds on grids coarser than its error, not from double to double.
        assertMonotone(Erf::erfcx, -1, -26.6, 30.0, 1e-4);
    }

    @ParameterizedTest(name = "join at {0}")
    @MethodSource("joins")
    void monotoneOnConsecutiveDoublesAcrossEachJoin(double join) {
        for (double sign : new double[] {1, -1}) {
            double start = sign * join;
            for (int i = 0; i < 5000; i++) {
                start = Math.nextDown(start);
            }
            assertMonotoneOnConsecutiveDoubles(Erf::erf, 1, start, 10000);
            assertMonotoneOnConsecutiveDoubles(Erf::erfc, -1, start, 10000);
        }
    }

    private static void assertMonotone(DoubleUnaryOperator f, int direction, double from, double to,
            double step) {
        double previous = f.applyAsDouble(from);
        int steps = (int) Math.round((to - from) / step);
        for (int i = 1; i <= steps; i++) {
            double x = from + i * step;
            double y = f.applyAsDouble(x);
            assertThat(direction * (y - previous)).as("at x = %s", x).isGreaterThanOrEqualTo(0.0);
            previous = y;
        }
    }

    private static void assertMonotoneOnConsecutiveDoubles(DoubleUnaryOperator f, int direction,
            double start, int count) {
        double x = start;
        double previous = f.applyAsDouble(x);
        for (int i = 0; i < count; i++) {
            x = Math.nextUp(x);
            double y = f.applyAsDouble(x);
            assertThat(direction * (y - previous)).as("at x = %s", x).isGreaterThanOrEqualTo(0.0);
            previous = y;
        }
    }
}
