package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exact GELU, whose Phi comes from Commons Numbers' erfc and erfcx, against 2,518 mpmath
 * values ({@code src/test/python/golden_gelu.py}, stored in {@code golden/gelu.csv}): a sweep
 * of [-40, 10] in steps of 1/40, random points, and consecutive doubles around the switch
 * from erfc to erfcx. Both the pointwise and the grid path meet the golden test's 1e-14
 * relative to 1 + |f|; in the left tail, where f and f' are tiny, they also keep their own
 * relative accuracy.
 */
class GeluSweepTest {
    private static final double TOLERANCE = 1e-14;
    /** Relative bound in the tail (x &lt; -2): exp(-x^2/2) of a rounded x^2 costs about 500 ulp at -37. */
    private static final double TAIL_RELATIVE = 1e-12;

    private static final Activation GELU = Catalogue.create("gelu", Map.of());
    private static double[] xs;
    private static double[] fs;
    private static double[] dfs;

    @BeforeAll
    static void readGoldenValues() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                GeluSweepTest.class.getResourceAsStream("/golden/gelu.csv")), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] c = line.split(",");
                rows.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2])});
            }
        }
        xs = rows.stream().mapToDouble(r -> r[0]).toArray();
        fs = rows.stream().mapToDouble(r -> r[1]).toArray();
        dfs = rows.stream().mapToDouble(r -> r[2]).toArray();
        assertThat(xs).hasSizeGreaterThan(2500);
    }

    @Test
    void pointwiseValuesAndDerivativesMatchTheSweep() {
        for (int i = 0; i < xs.length; i++) {
            check(xs[i], GELU.value(xs[i]), fs[i], "f");
            check(xs[i], GELU.derivative(xs[i]), dfs[i], "f'");
        }
    }

    @Test
    void theGridPathMatchesTheSweep() {
        double[] f = new double[xs.length];
        double[] df = new double[xs.length];
        GELU.fill(xs, f, df);
        for (int i = 0; i < xs.length; i++) {
            check(xs[i], f[i], fs[i], "grid f");
            check(xs[i], df[i], dfs[i], "grid f'");
        }
    }

    private static void check(double x, double got, double ref, String what) {
        assertThat(ActivationGoldenTest.relativeError(got, ref)).as("%s at x = %s", what, x).isLessThanOrEqualTo(TOLERANCE);
        if (x < -2 && Math.abs(ref) >= Double.MIN_NORMAL) {
            assertThat(Math.abs(got - ref) / Math.abs(ref)).as("%s relative at x = %s", what, x)
                    .isLessThanOrEqualTo(TAIL_RELATIVE);
        }
    }
}
