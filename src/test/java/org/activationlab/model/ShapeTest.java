package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documented ranges hold and monotonic functions never have a negative slope. */
class ShapeTest {

    @ParameterizedTest(name = "{0} stays within [{1}, {2}]")
    @CsvSource({
            "sigmoid,0,1", "tanh,-1,1", "relu,0,Infinity", "hard_sigmoid,0,1", "hard_tanh,-1,1", "relu6,0,6",
            "softsign,-1,1", "log_sigmoid,-Infinity,0", "sin,-1,1", "step,0,1", "softplus,0,Infinity",
            "selu,-1.7580993408473766,Infinity", "elu,-1,Infinity", "gelu,-0.17004,Infinity",
            "gelu_tanh,-0.17013,Infinity", "mish,-0.30885,Infinity", "swish,-0.27847,Infinity",
            "hard_swish,-0.375,Infinity"})
    void valuesStayInTheDocumentedRange(String name, double lower, double upper) {
        Activation a = Catalogue.get(name);
        for (double x = -60; x <= 60; x += 1e-3) {
            assertThat(a.value(x)).as("%s(%s)", name, x).isBetween(lower, upper);
        }
    }

    @ParameterizedTest(name = "{0} never decreases")
    @CsvSource({"identity", "sigmoid", "tanh", "relu", "leaky_relu", "prelu", "elu", "selu", "celu", "softplus",
            "hard_sigmoid", "hard_tanh", "relu6", "softsign", "log_sigmoid", "maxout", "step"})
    void monotonicFunctionsHaveNoNegativeSlope(String name) {
        Activation a = Catalogue.get(name);
        for (double x = -60; x <= 60; x += 1e-3) {
            assertThat(a.derivative(x)).as("%s'(%s)", name, x).isGreaterThanOrEqualTo(0);
        }
    }

    @ParameterizedTest(name = "{0} dips below zero")
    @CsvSource({"gelu,-0.75", "gelu_tanh,-0.75", "swish,-1.28", "mish,-1.19", "hard_swish,-1.5", "sin,-1.5"})
    void nonMonotonicFunctionsHaveANegativeSlopeSomewhere(String name, double nearMinimum) {
        Activation a = Catalogue.get(name);
        assertThat(a.derivative(nearMinimum - 0.5)).isNegative();
    }

    @Property
    void sigmoidIsSymmetric(@ForAll @DoubleRange(min = -700, max = 700) double x) {
        Activation s = Catalogue.get("sigmoid");
        assertThat(s.value(x) + s.value(-x)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(s.derivative(x)).isEqualTo(s.derivative(-x));
    }

    @Property
    void oddFunctionsAreOdd(@ForAll @DoubleRange(min = -1e6, max = 1e6) double x) {
        for (String name : new String[] {"tanh", "softsign", "hard_tanh", "identity", "sin"}) {
            Activation a = Catalogue.get(name);
            assertThat(a.value(-x)).as(name).isEqualTo(-a.value(x));
        }
    }

    @Property
    void softplusMinusReluIsLogOnePlusExpOfMinusAbs(@ForAll @DoubleRange(min = -19, max = 19) double x) {
        Activation softplus = Catalogue.get("softplus");
        double expected = Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
        assertThat(softplus.value(x)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-14 * (1 + expected)));
    }

    @Property
    void leakyReluIsPositivelyHomogeneous(@ForAll @DoubleRange(min = -1e3, max = 1e3) double x,
                                          @ForAll @DoubleRange(min = -2, max = 2) double slope) {
        Activation a = Catalogue.create("leaky_relu", Map.of("slope", slope));
        assertThat(a.value(2 * x)).isEqualTo(2 * a.value(x));
    }
}
