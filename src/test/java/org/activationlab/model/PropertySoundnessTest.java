package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the function and parameters, the computed properties agree with the function
 * evaluated directly (on a fine grid plus the kinks the function reports): values lie in the
 * range and come close to its ends, dead regions have
 * f' = 0, saturation regions |f'| &lt; 1e-3, the monotonicity matches the signs of f' and of the
 * steps across reported kinks (threshold with value &gt; threshold falls at its jump), and the
 * kinks are among the ones the function reports. The probes include the points next to each
 * reported kink, where a function that jumps comes closest to the value it does not take.
 */
class PropertySoundnessTest {
    private static final double[] XS = probePoints();

    private static double[] probePoints() {
        List<Double> xs = new ArrayList<>();
        for (double x = -60; x <= 60; x += 1.0 / 128) {
            xs.add(x);
        }
        for (int i = -8 * 100; i <= 8 * 100; i++) {
            xs.add(Math.pow(10, i / 100.0));
            xs.add(-Math.pow(10, i / 100.0));
        }
        return xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    static Stream<Activation> settings() {
        return ActivationSettings.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void propertiesAgreeWithTheFunction(Activation a) {
        check(a);
    }

    @Property(tries = 40)
    void propertiesAgreeWithTheFunctionForRandomParameters(@ForAll("parameterised") Activation a) {
        check(a);
    }

    @Provide
    Arbitrary<Activation> parameterised() {
        Arbitrary<Double> any = Arbitraries.doubles().between(-5, 5).ofScale(2);
        Arbitrary<Double> positive = Arbitraries.doubles().between(0.01, 100).ofScale(2);
        Arbitrary<Activation> maxout = Arbitraries.integers().between(1, 8).flatMap(k ->
                any.list().ofSize(2 * k).map(values -> {
                    Map<String, Double> parameters = new LinkedHashMap<>();
                    parameters.put("k", (double) k);
                    for (int i = 1; i <= k; i++) {
                        parameters.put("w" + i, values.get(2 * i - 2));
                        parameters.put("b" + i, values.get(2 * i - 1));
                    }
                    return Catalogue.create("maxout", parameters);
                }));
        return Arbitraries.oneOf(
                any.map(v -> Catalogue.create("leaky_relu", Map.of("slope", v))),
                any.map(v -> Catalogue.create("prelu", Map.of("alpha", v))),
                any.map(v -> Catalogue.create("elu", Map.of("alpha", v))),
                positive.map(v -> Catalogue.create("celu", Map.of("alpha", v))),
                positive.map(v -> Catalogue.create("softplus", Map.of("beta", v))),
                any.map(v -> Catalogue.create("swish", Map.of("beta", v))),
                positive.map(v -> Catalogue.create("hardshrink", Map.of("lambd", v))),
                positive.map(v -> Catalogue.create("softshrink", Map.of("lambd", v))),
                Combinators.combine(any, any).as((t, v) -> Catalogue.create("threshold", Map.of("threshold", t, "value", v))),
                Combinators.combine(positive, positive).as((l, u) -> Catalogue.create("rrelu",
                        Map.of("lower", Math.min(l, u) / 100, "upper", Math.max(l, u) / 100))),
                positive.map(v -> Catalogue.create("snake", Map.of("alpha", v / 10))),
                maxout,
                Combinators.combine(any, any).as((w, b) -> Catalogue.create("maxout", Map.of("k", 1.0, "w1", w, "b1", b))));
    }

    private static void check(Activation a) {
        ActivationProperties p = PropertyAnalyzer.analyze(a);
        Interval range = p.range();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean rises = false;
        boolean falls = false;
        double[] xs = DoubleStream.concat(Arrays.stream(XS), a.kinks().stream()
                .flatMapToDouble(k -> DoubleStream.of(Math.nextDown(k), k, Math.nextUp(k)))).toArray();
        for (double x : xs) {
            double v = a.value(x);
            double d = a.derivative(x);
            min = Math.min(min, v);
            max = Math.max(max, v);
            rises |= d > 0;
            falls |= d < 0;
            assertThat(v).as("%s(%s) in %s", a, x, range)
                    .isBetween(range.lower() - tolerance(range.lower()), range.upper() + tolerance(range.upper()));
            for (Interval dead : p.deadRegions()) {
                if (dead.contains(x)) {
                    assertThat(d).as("%s'(%s) in dead region %s", a, x, dead).isZero();
                }
            }
            for (Interval flat : p.saturation()) {
                if (flat.contains(x)) {
                    assertThat(Math.abs(d)).as("|%s'(%s)| in saturation region %s", a, x, flat).isLessThan(1e-3);
                }
            }
        }
        for (double k : a.kinks()) {
            double left = a.value(Math.nextDown(k));
            double at = a.value(k);
            double right = a.value(Math.nextUp(k));
            rises |= at > left || right > at;
            falls |= at < left || right < at;
        }
        if (range.boundedBelow()) {
            assertThat(min).as("%s comes close to its lower bound", a).isLessThan(range.lower() + 1e-3 * (1 + Math.abs(range.lower())));
        }
        if (range.boundedAbove()) {
            assertThat(max).as("%s comes close to its upper bound", a).isGreaterThan(range.upper() - 1e-3 * (1 + Math.abs(range.upper())));
        }
        switch (p.monotonicity()) {
            case INCREASING, NON_DECREASING -> assertThat(falls).as("%s falls somewhere", a).isFalse();
            case DECREASING, NON_INCREASING -> assertThat(rises).as("%s rises somewhere", a).isFalse();
            case CONSTANT -> assertThat(rises || falls).as("%s changes", a).isFalse();
            case NOT_MONOTONIC -> assertThat(rises && falls).as("%s both rises and falls", a).isTrue();
        }
        assertThat(a.kinks()).as("kinks of %s", a).containsAll(p.kinks());
        assertThat(p.parameterCount()).isEqualTo(a.parameters().size());
        if (p.nearIdentity()) {
            assertThat(a.value(0)).isZero();
            assertThat(a.derivative(0)).isEqualTo(1.0);
        }
    }

    private static double tolerance(double bound) {
        return Double.isFinite(bound) ? 1e-12 * (1 + Math.abs(bound)) : 0;
    }
}
