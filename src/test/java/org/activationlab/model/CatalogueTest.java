package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueTest {

    @Test
    void holdsExactlyTheIssuesNamesInOrder() {
        assertThat(Catalogue.names()).containsExactly("identity", "step", "sigmoid", "tanh", "relu", "leaky_relu",
                "prelu", "elu", "selu", "celu", "softplus", "gelu", "gelu_tanh", "swish", "mish", "hard_sigmoid",
                "hard_tanh", "hard_swish", "relu6", "softsign", "log_sigmoid", "maxout", "sin",
                "silu", "rrelu", "hardshrink", "softshrink", "tanhshrink", "threshold", "squared_relu", "snake");
    }

    @ParameterizedTest(name = "{0}.{1} defaults to {2}")
    @CsvSource({"leaky_relu,slope,0.01", "prelu,alpha,0.25", "elu,alpha,1", "celu,alpha,1", "softplus,beta,1",
            "swish,beta,1", "rrelu,lower,0.125", "rrelu,upper,0.3333333333333333", "hardshrink,lambd,0.5",
            "softshrink,lambd,0.5", "threshold,threshold,0", "threshold,value,0", "snake,alpha,1", "maxout,k,2", "maxout,w1,1", "maxout,b1,0", "maxout,w2,0", "maxout,b2,0"})
    void defaultsAreTheIssues(String name, String key, double expected) {
        assertThat(Catalogue.get(name).parameterValues()).containsEntry(key, expected);
    }

    @Test
    void everyFunctionIsDescribed() {
        for (Activation a : Catalogue.all()) {
            ActivationInfo info = a.info();
            assertThat(info.displayName()).as(a.name()).isNotBlank();
            assertThat(info.summary()).as(a.name()).isNotBlank();
            assertThat(info.formulaText()).as(a.name()).startsWith("f(x) =");
            assertThat(info.formulaLatex()).as(a.name()).startsWith("f(x) =");
            assertThat(info.derivativeLatex()).as(a.name()).startsWith("f'(x) =");
            assertThat(info.paper()).as(a.name()).isNotBlank();
        }
    }

    @Test
    void unknownNamesSuggestTheClosest() {
        assertThatThrownBy(() -> Catalogue.get("rellu"))
                .isInstanceOf(UnknownActivationException.class)
                .hasMessageContaining("unknown function 'rellu'")
                .hasMessageContaining("did you mean relu");
        assertThat(Catalogue.closestNames("leaky", 3)).contains("leaky_relu");
        assertThat(Catalogue.closestNames("gelu-tanh", 1)).containsExactly("gelu_tanh");
        assertThat(Catalogue.closestNames("zzzzzzzzzzzzzzzz", 3)).isEmpty();
    }

    @Test
    void parametersAreValidatedAgainstTheirMathematicalDomain() {
        assertThatThrownBy(() -> Catalogue.create("softplus", Map.of("beta", 0.0)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("parameter 'beta' of softplus must be a finite number >= 1.0E-280, got 0");
        assertThatThrownBy(() -> Catalogue.create("celu", Map.of("alpha", -1.0)))
                .hasMessageContaining("must be a finite number > 0, got -1");
        assertThatThrownBy(() -> Catalogue.create("leaky_relu", Map.of("slope", Double.NaN)))
                .hasMessageContaining("must be any finite number, got NaN");
        assertThatThrownBy(() -> Catalogue.create("maxout", Map.of("k", 9.0)))
                .hasMessage("parameter 'k' of maxout must be an integer from 1 to 8, got 9");
        assertThatThrownBy(() -> Catalogue.create("maxout", Map.of("k", 2.5)))
                .hasMessageContaining("got 2.5");
        assertThatThrownBy(() -> Catalogue.create("relu", Map.of("slope", 1.0)))
                .hasMessage("relu has no parameter 'slope'; it takes none");
        assertThatThrownBy(() -> Catalogue.create("elu", Map.of("beta", 1.0)))
                .hasMessage("elu has no parameter 'beta'; it takes alpha");
        assertThat(Catalogue.create("prelu", Map.of("alpha", -2.0)).value(-1)).isEqualTo(2.0);
        assertThat(Catalogue.create("leaky_relu", Map.of("slope", 0.0)).derivative(-1)).isZero();
        assertThat(Catalogue.create("maxout", Map.of("w1", 1000.0, "b1", -1000.0)).value(2)).isEqualTo(1000.0);
    }

    @Test
    void maxoutGrowsAndShrinksKeepingItsPieces() {
        Activation three = Catalogue.create("maxout", Map.of("w3", -1.0, "k", 3.0));
        assertThat(three.parameterValues()).containsOnlyKeys("k", "w1", "b1", "w2", "b2", "w3", "b3");
        assertThat(three.value(-2)).isEqualTo(2.0);
        Activation one = three.with("k", 1);
        assertThat(one.parameterValues()).containsExactly(
                Map.entry("k", 1.0), Map.entry("w1", 1.0), Map.entry("b1", 0.0));
        assertThatThrownBy(() -> one.with("w2", 1)).hasMessage("maxout has no parameter 'w2'; it takes k, w1, b1");
    }

    @Test
    void defaultMaxoutIsExactlyRelu() {
        Activation maxout = Catalogue.get("maxout");
        Activation relu = Catalogue.get("relu");
        for (double x = -50; x <= 50; x += 0.37) {
            assertThat(maxout.value(x)).isEqualTo(relu.value(x));
            assertThat(maxout.derivative(x)).isEqualTo(relu.derivative(x));
        }
    }

    @Test
    void parametersDoNotChangeTheOriginal() {
        Activation leaky = Catalogue.get("leaky_relu");
        Activation steep = leaky.with("slope", 0.5);
        assertThat(leaky.value(-2)).isEqualTo(-0.02);
        assertThat(steep.value(-2)).isEqualTo(-1.0);
        assertThat(steep.toString()).isEqualTo("leaky_relu{slope=0.5}");
    }

    @Test
    void hugeAlphaKeepsTheFarLeftDerivative() {
        Activation elu = Catalogue.create("elu", Map.of("alpha", 1e300));
        double expected = 1e300 * Math.exp(-40);
        assertThat(elu.derivative(-40)).isCloseTo(expected, org.assertj.core.data.Offset.offset(expected * 1e-15));
        double[] df = new double[1];
        elu.fill(new double[] {-40}, new double[1], df);
        assertThat(df[0]).isEqualTo(elu.derivative(-40));
    }
}
