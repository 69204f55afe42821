package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parameter counts (a gated layer doubles its rows) and the rule that sizes gated layers to match. */
class ParameterMatchTest {

    private static NetworkSpec net(ProblemType type, String activation, int... units) {
        return NetworkSpec.of(type, ActivationSpec.of(activation), units);
    }

    @Test
    void aGatedLayerHasTwiceTheRowsOfItsElementWiseTwin() {
        NetworkSpec relu = net(ProblemType.CLASSIFICATION, "relu", 8);
        NetworkSpec swiglu = net(ProblemType.CLASSIFICATION, "swiglu", 8);
        assertThat(ParameterMatch.count(relu)).isEqualTo(2 * 8 + 8 + 8 + 1);
        assertThat(ParameterMatch.count(swiglu)).isEqualTo(2 * 16 + 16 + 8 + 1);
        assertThat(ParameterMatch.elementwiseCount(swiglu)).isEqualTo(33);
        assertThat(ParameterMatch.elementwiseCount(relu)).isEqualTo(33);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "CLASSIFICATION, 8,        4",
            "CLASSIFICATION, '8,8',    '5,5'",
            "CLASSIFICATION, '16,4',   '11,2'",
            "REGRESSION,     '16,16,16', '11,11,11'",
            "CLASSIFICATION, 1,        1",
            "CLASSIFICATION, '2,1',    '1,1'"})
    void matchedGatedLayersHaveTheMostParametersNotAboveTheElementWiseCount(ProblemType type, String hidden,
                                                                            String expected) {
        NetworkSpec spec = net(type, "geglu", parse(hidden));
        NetworkSpec matched = ParameterMatch.matched(spec);
        assertThat(matched.hiddenUnits()).containsExactlyElementsOf(List.of(box(parse(expected))));
        assertThat(matched.activations()).isEqualTo(spec.activations());
        int target = ParameterMatch.elementwiseCount(spec);
        int[] ones = new int[spec.depth()];
        Arrays.fill(ones, 1);
        boolean fits = ParameterMatch.count(net(type, "geglu", ones)) <= target;
        assertThat(ParameterMatch.count(matched) <= target).as("fits below %d", target).isEqualTo(fits);
    }

    /** The rule picks the largest common factor that fits: one more unit in every layer would not fit. */
    @Test
    void theNextLargerFactorWouldExceedTheCount() {
        NetworkSpec spec = net(ProblemType.CLASSIFICATION, "swiglu", 12, 12);
        NetworkSpec matched = ParameterMatch.matched(spec);
        int u = matched.hiddenUnits().get(0);
        assertThat(ParameterMatch.count(matched)).isLessThanOrEqualTo(ParameterMatch.elementwiseCount(spec));
        assertThat(ParameterMatch.count(net(ProblemType.CLASSIFICATION, "swiglu", u + 1, u + 1)))
                .isGreaterThan(ParameterMatch.elementwiseCount(spec));
    }

    @Test
    void elementWiseLayersKeepTheirWidthsAndANetWithoutGatesIsUnchanged() {
        NetworkSpec mixed = new NetworkSpec(ProblemType.CLASSIFICATION, List.of(6, 6),
                List.of(ActivationSpec.of("tanh"), ActivationSpec.of("reglu")));
        NetworkSpec matched = ParameterMatch.matched(mixed);
        assertThat(matched.hiddenUnits().get(0)).isEqualTo(6);
        assertThat(matched.hiddenUnits().get(1)).isLessThan(6);
        assertThat(ParameterMatch.count(matched)).isLessThanOrEqualTo(ParameterMatch.elementwiseCount(mixed));
        NetworkSpec relu = net(ProblemType.CLASSIFICATION, "relu", 5, 3);
        assertThat(ParameterMatch.matched(relu)).isSameAs(relu);
    }

    private static int[] parse(String text) {
        return Arrays.stream(text.replace("'", "").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
    }

    private static Integer[] box(int[] values) {
        return Arrays.stream(values).boxed().toArray(Integer[]::new);
    }
}
