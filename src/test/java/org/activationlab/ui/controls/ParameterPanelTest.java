package org.activationlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.ui.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A ParameterPanel renders the activation its owner gives it and sends each edit as an intent:
 * the shown activation with the edited parameter changed; showing never sends.
 */
@ExtendWith(ApplicationExtension.class)
class ParameterPanelTest {
    private final List<Activation> sentLeaky = new ArrayList<>();
    private final List<Activation> sentMaxout = new ArrayList<>();
    private ParameterPanel leaky;
    private ParameterPanel maxout;

    @Start
    void start(Stage stage) {
        leaky = new ParameterPanel(Catalogue.get("leaky_relu"), sentLeaky::add);
        maxout = new ParameterPanel(Catalogue.get("maxout"), sentMaxout::add);
        VBox root = new VBox(leaky, maxout);
        root.setPrefSize(700, 900);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anEditSendsTheShownActivationWithThatParameterChanged(FxRobot robot) {
        TextField field = robot.from(leaky).lookup(".text-field").queryAs(TextField.class);

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("0.2").type(KeyCode.ENTER);

        assertThat(sentLeaky).hasSize(1);
        assertThat(sentLeaky.get(0).name()).isEqualTo("leaky_relu");
        assertThat(sentLeaky.get(0).parameterValues()).containsEntry("slope", 0.2);
        assertThat(leaky.getActivation().parameterValues()).containsEntry("slope", 0.2);
    }

    @Test
    void showingTheOwnersStateMovesTheEditorsAndSendsNothing(FxRobot robot) {
        robot.interact(() -> leaky.show(Catalogue.get("leaky_relu").with("slope", 0.3)));

        ParameterEditor slope = robot.from(leaky).lookup(".parameter-editor").queryAs(ParameterEditor.class);
        assertThat(slope.getValue()).isEqualTo(0.3);
        assertThat(robot.from(slope).lookup(".text-field").queryAs(TextField.class).getText()).isEqualTo("0.3");
        assertThat(sentLeaky).isEmpty();
    }

    @Test
    void theNextEditStartsFromTheShownState(FxRobot robot) {
        robot.interact(() -> maxout.show(Catalogue.get("maxout").with("k", 3)));
        assertThat(maxout.piecesEditor().orElseThrow().getPieceCount()).isEqualTo(3);
        assertThat(sentMaxout).isEmpty();

        robot.clickOn(robot.from(maxout).lookup(".add-piece").queryAs(javafx.scene.Node.class));

        assertThat(sentMaxout).hasSize(1);
        assertThat(sentMaxout.get(0).parameterValues()).containsEntry("k", 4.0);
    }

    @Test
    void resetSendsTheDefaults(FxRobot robot) {
        robot.interact(() -> leaky.show(Catalogue.get("leaky_relu").with("slope", 0.3)));

        robot.interact(leaky::resetToDefaults);

        assertThat(sentLeaky).hasSize(1);
        assertThat(sentLeaky.get(0).parameterValues()).isEqualTo(Catalogue.get("leaky_relu").parameterValues());
    }

    @Test
    void anotherFunctionIsRefused() {
        assertThatThrownBy(() -> leaky.show(Catalogue.get("celu"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("celu");
    }
}
