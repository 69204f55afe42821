package org.activationlab.shootout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.InvalidParameterException;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan's fixed order, recorded steps, labels, default initialisers and shell quoting. */
class ShootoutPlanTest {

    private static ShootoutPlan plan(int steps, List<Double> rates) {
        return new ShootoutPlan(List.of(Contender.of(ActivationSpec.of("relu")), Contender.of(ActivationSpec.of("tanh")),
                Contender.of(ActivationSpec.of("selu"))), ShootoutTask.builtIn(Task.CIRCLE, Task.XOR), List.of(8, 8), 200,
                steps, 5, rates, Optional.empty(), OptimizerKind.GD, 0, 0.95, 0);
    }

    @Test
    void everyIndexIsOneKeyAndBack() {
        ShootoutPlan plan = plan(10, List.of(0.01, 0.1));
        assertThat(plan.runCount()).isEqualTo(3 * 2 * 2 * 5);
        for (int i = 0; i < plan.runCount(); i++) {
            RunKey k = plan.key(i);
            assertThat(k.index()).isEqualTo(i);
            assertThat(k.seed()).isBetween(1L, 5L);
            assertThat(plan.index(k.contender(), k.task(), k.rate(), k.seed())).isEqualTo(i);
        }
        assertThat(plan.key(7)).isEqualTo(new RunKey(7, 0, 0, 1, 3));
        assertThat(plan.tunesRate()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1, 2, 1", "50, 51, 50", "100, 101, 100", "1000, 101, 1000", "333, 101, 333"})
    void recordsEvenlySpreadStepsFromZeroToTheLast(int steps, int count, int last) {
        int[] recorded = plan(steps, List.of(0.1)).recordedSteps();
        assertThat(recorded).hasSize(count).startsWith(0).endsWith(last).isSorted();
    }

    @ParameterizedTest
    @CsvSource({"relu, he_normal", "leaky_relu, he_normal", "gelu, he_normal", "elu, he_normal", "selu, lecun_normal",
        "tanh, xavier_uniform", "sigmoid, xavier_uniform", "hard_tanh, xavier_uniform", "softsign, xavier_uniform"})
    void theDefaultInitialiserFollowsTheFamily(String name, String expected) {
        assertThat(DefaultInitializer.of(ActivationSpec.of(name)).toString()).isEqualTo(expected);
    }

    @Test
    void aFormulaGetsXavierAndOneInitialiserForAllOverridesTheTable() {
        ActivationSpec formula = ActivationSpec.formula("x * sigmoid(x)", Map.of());
        assertThat(DefaultInitializer.of(formula)).isEqualTo(Initializer.xavierUniform());
        ShootoutPlan plan = plan(10, List.of(0.1));
        ShootoutPlan he = new ShootoutPlan(plan.contenders(), plan.tasks(), plan.hidden(), plan.points(), plan.steps(),
                plan.seeds(), plan.learningRates(), Optional.of(Initializer.heNormal()), plan.optimizer(), 0, 0.95, 0);
        assertThat(he.command(he.key(plan.index(1, 0, 0, 1)))).contains(" --activation tanh --init he_normal ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "relu                      | relu",
        "leaky_relu:slope=0.2      | leaky_relu:slope=0.2",
        "leaky_relu:slope=0.01     | leaky_relu",
        "elu:alpha=2               | elu:alpha=2.0",
    })
    void labelsNameOnlyTheParametersAwayFromTheirDefaults(String text, String label) {
        assertThat(Contender.parse(text).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"relu:slope", "leaky_relu:slope=x", "leaky_relu:slope=1:slope=2", "leaky_relu:=1"})
    void malformedParametersAreRefusedNamingThePart(String text) {
        assertThatThrownBy(() -> Contender.parse(text)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining(text);
    }

    @Test
    void theShellQuotingKeepsEveryCharacter() {
        assertThat(ShellWords.join(List.of("train", "--formula", "x * (x > 0)", "it's", "a,b"))).isEqualTo(
                "train --formula 'x * (x > 0)' 'it'\\''s' a,b");
    }
}
