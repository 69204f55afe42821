package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NaN in, NaN out for the value, as in PyTorch (torch.relu(nan) = nan, F.hardtanh(nan) = nan,
 * F.elu, ...): for every catalogue activation with its default and its extreme parameters, point
 * by point and on the {@code fill} fast path. A NaN must never come out as a number: an
 * overflowed network would otherwise report finite statistics such as dead units (issue 16,
 * 4.12). The derivative at NaN is left to each function (PyTorch's backward passes, for
 * piecewise functions, the slope of the branch whose comparison NaN fails, e.g. relu'(NaN) = 1).
 */
class NanPropagationTest {

    static List<Activation> activations() {
        return ActivationSettings.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void nanInIsNanOut(Activation a) {
        assertThat(a.value(Double.NaN)).as("%s(NaN)", a).isNaN();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void theFastPathPropagatesNanToo(Activation a) {
        double[] xs = new double[64];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i % 3 == 0 ? Double.NaN : -8 + 16.0 * i / (xs.length - 1);
        }
        double[] f = new double[xs.length];
        double[] df = new double[xs.length];
        a.fill(xs, f, df);
        for (int i = 0; i < xs.length; i += 3) {
            assertThat(f[i]).as("%s(NaN) at %d", a, i).isNaN();
        }
    }
}
