package org.activationlab.shootout;

import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Initializer;

/**
 * The initialiser a shoot-out gives an activation when none is chosen for all ({@code --init default}):
 * the scheme its family was designed for, so that no contender starts handicapped.
 *
 * <table>
 *   <caption>Default initialiser by activation</caption>
 *   <tr><th>activations</th><th>initialiser</th><th>why</th></tr>
 *   <tr><td>the ReLU family: relu, leaky_relu, prelu, rrelu, relu6, elu, celu, gelu, gelu_tanh, silu,
 *       swish, mish, hard_swish, squared_relu, softplus, maxout, threshold, and the gated units
 *       reglu, geglu, swiglu</td>
 *       <td>He normal ({@code he_normal})</td>
 *       <td>they pass about half of the signal's variance, which He et al. 2015 ("Delving deep into
 *       rectifiers") compensate with variance 2 / fanIn</td></tr>
 *   <tr><td>selu</td><td>LeCun normal ({@code lecun_normal})</td>
 *       <td>self-normalising only with variance 1 / fanIn (Klambauer et al. 2017)</td></tr>
 *   <tr><td>every other function, formulas included: tanh, sigmoid and the other saturating or
 *       odd functions, glu</td>
 *       <td>Xavier uniform ({@code xavier_uniform})</td>
 *       <td>derived for functions that are linear near 0 (Glorot and Bengio 2010)</td></tr>
 * </table>
 * A formula is matched by nothing in the table (its text is not a catalogue name), so it gets Xavier.
 */
public final class DefaultInitializer {
    private static final Map<String, Initializer> BY_NAME = Map.ofEntries(
            he("relu"), he("leaky_relu"), he("prelu"), he("rrelu"), he("relu6"), he("elu"), he("celu"),
            he("gelu"), he("gelu_tanh"), he("silu"), he("swish"), he("mish"), he("hard_swish"),
            he("squared_relu"), he("softplus"), he("maxout"), he("threshold"), he("reglu"), he("geglu"),
            he("swiglu"), Map.entry("selu", Initializer.lecunNormal()));

    private DefaultInitializer() {
    }

    private static Map.Entry<String, Initializer> he(String name) {
        return Map.entry(name, Initializer.heNormal());
    }

    /** The initialiser of the table above for {@code activation}. */
    public static Initializer of(ActivationSpec activation) {
        return BY_NAME.getOrDefault(activation.name(), Initializer.xavierUniform());
    }
}
