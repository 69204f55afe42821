package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every function and derivative against golden values computed independently with mpmath at
 * 50 digits ({@code src/test/python/golden_activations.py}), including x = +-800 and the kinks.
 * The tolerance, 1e-14 relative to 1 + |value|, is 100 times tighter than the PyTorch contract.
 */
class ActivationGoldenTest {
    private static final double TOLERANCE = 1e-14;

    record Golden(String function, Map<String, Double> params, double x, double f, double df) {
        @Override
        public String toString() {
            return function + params + " at x = " + x;
        }
    }

    static Stream<Golden> goldenValues() throws IOException {
        List<Golden> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ActivationGoldenTest.class.getResourceAsStream("/golden/activations.csv")), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] c = line.split(",", -1);
                Map<String, Double> params = new LinkedHashMap<>();
                if (!c[1].isEmpty()) {
                    for (String kv : c[1].split(";")) {
                        String[] pair = kv.split("=");
                        params.put(pair[0], Double.parseDouble(pair[1]));
                    }
                }
                rows.add(new Golden(c[0], params, Double.parseDouble(c[2]), Double.parseDouble(c[3]),
                        Double.parseDouble(c[4])));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenValues")
    void valueAndDerivativeMatchTheIndependentReference(Golden g) {
        Activation a = Catalogue.create(g.function(), g.params());
        assertThat(relativeError(a.value(g.x()), g.f())).as("f").isLessThanOrEqualTo(TOLERANCE);
        assertThat(relativeError(a.derivative(g.x()), g.df())).as("f'").isLessThanOrEqualTo(TOLERANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenValues")
    void theGridFastPathAgreesWithTheReferenceToo(Golden g) {
        Activation a = Catalogue.create(g.function(), g.params());
        double[] f = new double[1];
        double[] df = new double[1];
        a.fill(new double[] {g.x()}, f, df);
        assertThat(relativeError(f[0], g.f())).as("f").isLessThanOrEqualTo(TOLERANCE);
        assertThat(relativeError(df[0], g.df())).as("f'").isLessThanOrEqualTo(TOLERANCE);
    }

    static double relativeError(double got, double ref) {
        return Math.abs(got - ref) / (1 + Math.abs(ref));
    }
}
