package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** At kinks the derivative is PyTorch's one-sided choice: relu'(0) = 0, leaky_relu'(0) = slope, and so on. */
class KinkConventionTest {

    @ParameterizedTest(name = "{0}({1}) at {2}: f' = {3}")
    @CsvSource({
            "relu,,0,0",
            "leaky_relu,,0,0.01",
            "leaky_relu,slope=0.3,0,0.3",
            "prelu,,0,0.25",
            "prelu,alpha=-0.5,0,-0.5",
            "elu,,0,1",
            "elu,alpha=0.5,0,0.5",
            "selu,,0,1.7580993408473766",
            "celu,alpha=0.3,0,1",
            "relu6,,0,0",
            "relu6,,6,0",
            "hard_tanh,,-1,0",
            "hard_tanh,,1,0",
            "hard_sigmoid,,-3,0",
            "hard_sigmoid,,3,0",
            "hard_swish,,-3,-0.5",
            "hard_swish,,3,1.0",
            "step,,0,0",
            "step,,1,0",
            "step,,-1,0",
            "maxout,,0,1",
            "hardshrink,,0.5,0",
            "hardshrink,,-0.5,0",
            "softshrink,,0.5,0",
            "softshrink,,-0.5,0",
            "threshold,,0,0",
            "threshold,threshold=-1,-1,0",
            "rrelu,,0,0.22916666666666666",
            "squared_relu,,0,0",
    })
    void derivativeAtAKinkIsPyTorchsChoice(String name, String param, double x, double expected) {
        Activation a = Catalogue.get(name);
        if (param != null) {
            String[] kv = param.split("=");
            a = a.with(Map.of(kv[0], Double.parseDouble(kv[1])));
        }
        assertThat(a.derivative(x)).isEqualTo(expected, org.assertj.core.data.Offset.offset(1e-15));
    }

    @ParameterizedTest(name = "{0} has kinks {1}")
    @CsvSource(delimiter = '|', value = {
            "relu|0.0",
            "leaky_relu|0.0",
            "elu|",
            "selu|0.0",
            "relu6|0.0;6.0",
            "hard_tanh|-1.0;1.0",
            "hard_sigmoid|-3.0;3.0",
            "hard_swish|-3.0;3.0",
            "step|0.0",
            "maxout|0.0",
            "sigmoid|",
            "gelu|",
            "hardshrink|-0.5;0.5",
            "softshrink|-0.5;0.5",
            "threshold|0.0",
            "rrelu|0.0",
            "silu|",
            "tanhshrink|",
            "squared_relu|",
            "snake|",
    })
    void kinksAreKnownAnalytically(String name, String kinks) {
        String actual = String.join(";", Catalogue.get(name).kinks().stream().map(String::valueOf).toList());
        assertThat(actual).isEqualTo(kinks == null ? "" : kinks);
    }
}
