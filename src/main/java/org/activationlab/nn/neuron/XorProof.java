package org.activationlab.nn.neuron;

import java.util.List;

/**
 * Why no single neuron computes XOR, checked on a given neuron.
 *
 * <p>XOR needs z(0,1) &gt; 0 and z(1,0) &gt; 0, so their sum is &gt; 0, and z(0,0) &lt;= 0 and
 * z(1,1) &lt;= 0, so their sum is &lt;= 0. But both sums equal 2b + w1 + w2:
 * b + (b + w1 + w2) = (b + w1) + (b + w2). The four inequalities contradict each other, so every
 * neuron gets at least one XOR input wrong: a line cannot separate {(0,1), (1,0)} from
 * {(0,0), (1,1)}. The argument holds for any threshold on the output of an increasing (or
 * decreasing) activation; a non-monotonic one such as sin can escape it (sin(z) with
 * z = -pi/2 + pi x1 + pi x2 is XOR), which is not how a neuron reads 1 here.
 *
 * @param neuron the neuron checked
 * @param cornerSum z(0,0) + z(1,1)
 * @param edgeSum z(0,1) + z(1,0), equal to cornerSum up to rounding
 * @param wrongInputs the inputs (x1, x2) where the neuron's reading differs from XOR; never empty
 */
public record XorProof(Neuron neuron, double cornerSum, double edgeSum, List<int[]> wrongInputs) {

    public XorProof {
        wrongInputs = List.copyOf(wrongInputs);
    }

    /** XOR of two bits. */
    public static boolean xor(int x1, int x2) {
        return (x1 == 1) != (x2 == 1);
    }

    /** Checks {@code neuron} against XOR. */
    public static XorProof check(Neuron neuron) {
        double cornerSum = neuron.preActivation(0, 0) + neuron.preActivation(1, 1);
        double edgeSum = neuron.preActivation(0, 1) + neuron.preActivation(1, 0);
        List<int[]> wrong = Neuron.BINARY_INPUTS.stream()
                .filter(x -> neuron.fires(x[0], x[1]) != xor(x[0], x[1]))
                .toList();
        return new XorProof(neuron, cornerSum, edgeSum, wrong);
    }
}
