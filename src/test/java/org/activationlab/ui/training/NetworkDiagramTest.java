package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.Task;
import org.activationlab.nn.Trainer;
import org.activationlab.nn.TrainingConfig;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.ui.Language;
import org.activationlab.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16, 4.12 in the network diagram: a unit whose pre-activations overflowed is drawn and
 * described as overflowed, not as learning, in both languages; a finite run shows no such unit.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkDiagramTest {
    private final Locale original = Locale.getDefault();
    private NetworkDiagram diagram;

    @Start
    void start(Stage stage) {
        diagram = new NetworkDiagram();
        stage.setScene(new Scene(diagram, 400, 300));
        stage.show();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    /**
     * A 2-2-2-1 ReLU network on the circle task with every weight {@code weight}: 1e308 makes the
     * second hidden layer's z infinite (and some of the first's).
     */
    private static TrainingSnapshot run(double weight) {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("relu"), 2, 2);
        TrainingConfig config = TrainingConfig.defaults(spec).withInitializer(Initializer.constant(weight));
        return new Trainer(config, Task.CIRCLE.split(100, 0, 0, 1)).snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void anOverflowedUnitIsShownAsOverflowedWithItsOwnTooltip(Language language, FxRobot robot) {
        Locale.setDefault(language.locale());
        TrainingSnapshot snapshot = run(1e308);
        assertThat(snapshot.layers().get(1).units()).allMatch(u -> u.overflowed() && !u.dead() && !u.saturated());

        robot.interact(() -> diagram.show(snapshot));

        assertThat(diagram.states(1)).containsOnly(NetworkDiagram.OVERFLOWED);
        assertThat(diagram.tooltipText(1, 0)).isEqualTo(Messages.format(TrainingKeys.UNIT_OVERFLOWED_TOOLTIP, "2", "1",
                Messages.get(TrainingKeys.UNIT_OVERFLOWED)));
        assertThat(diagram.tooltipText(1, 0).lines().findFirst()).get().asString()
                .endsWith(Messages.get(TrainingKeys.UNIT_OVERFLOWED));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void aFiniteRunShowsNoOverflowedUnit(Language language, FxRobot robot) {
        Locale.setDefault(language.locale());
        TrainingSnapshot snapshot = run(0.5);

        robot.interact(() -> diagram.show(snapshot));

        for (int layer = 0; layer < 2; layer++) {
            assertThat(diagram.states(layer)).doesNotContain(NetworkDiagram.OVERFLOWED);
        }
        assertThat(diagram.tooltipText(0, 0)).doesNotContain(Messages.get(TrainingKeys.UNIT_OVERFLOWED));
    }
}
