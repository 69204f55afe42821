package org.activationlab.ui.controls;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Drives a real LinearPiecesEditor: the piece buttons, the presets menu, the piece editors. */
@ExtendWith(ApplicationExtension.class)
class LinearPiecesEditorTest {
    private LinearPiecesEditor editor;

    @Start
    void start(Stage stage) {
        editor = new LinearPiecesEditor(Catalogue.get("maxout"));
        VBox root = new VBox(editor);
        root.setPrefSize(700, 1000);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void plusAddsAPieceAndItsEditors(FxRobot robot) {
        robot.clickOn(".add-piece");

        assertThat(editor.getPieceCount()).isEqualTo(3);
        assertThat(editor.getActivation().parameterValues()).containsKeys("w3", "b3").containsEntry("k", 3.0);
        assertThat(pieceEditorKeys(robot)).containsExactly("w1", "b1", "w2", "b2", "w3", "b3");
        assertThat(robot.lookup(".piece-count").queryAs(Label.class).getText()).isEqualTo("3");
    }

    @Test
    void minusRemovesTheLastPieceAndStopsAtOne(FxRobot robot) {
        robot.clickOn(".remove-piece");

        assertThat(editor.getPieceCount()).isEqualTo(1);
        assertThat(editor.getActivation().parameterValues()).containsExactly(
                entry("k", 1.0), entry("w1", 1.0), entry("b1", 0.0));
        assertThat(pieceEditorKeys(robot)).containsExactly("w1", "b1");
        assertThat(robot.lookup(".remove-piece").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void plusStopsAtEight(FxRobot robot) {
        for (int i = 0; i < 6; i++) {
            robot.clickOn(".add-piece");
        }
        assertThat(editor.getPieceCount()).isEqualTo(8);
        assertThat(robot.lookup(".add-piece").queryAs(Button.class).isDisabled()).isTrue();

        editor.addPiece();

        assertThat(editor.getPieceCount()).isEqualTo(8);
        assertThat(pieceEditorKeys(robot)).hasSize(16);
    }

    @Test
    void absoluteValuePresetSetsThePieces(FxRobot robot) {
        robot.clickOn(".pieces-presets").clickOn("Maxout = |x|");

        Activation a = editor.getActivation();
        assertThat(a.parameterValues()).containsExactly(
                entry("k", 2.0), entry("w1", -1.0), entry("b1", 0.0), entry("w2", 1.0), entry("b2", 0.0));
        assertThat(a.value(-3)).isEqualTo(3.0);
        assertThat(a.value(2)).isEqualTo(2.0);
        assertThat(fieldTexts(robot)).containsExactly("-1", "0", "1", "0");
    }

    @Test
    void squarePresetDrawsFiveTangentsOfXSquared(FxRobot robot) {
        robot.clickOn(".pieces-presets").clickOn("Maxout approximates x²");

        assertThat(editor.getPieceCount()).isEqualTo(5);
        assertThat(fieldTexts(robot)).containsExactly("-4", "-4", "-2", "-1", "0", "0", "2", "-1", "4", "-4");
        Activation a = editor.getActivation();
        for (double x : new double[] {-2, -1, 0, 1, 2}) {
            assertThat(a.value(x)).isEqualTo(x * x);
        }
        assertThat(a.value(0.5)).isEqualTo(0.0);
    }

    @Test
    void reluPresetRestoresReluAfterEdits(FxRobot robot) {
        robot.clickOn(".add-piece").clickOn(".pieces-presets").clickOn("Maxout = ReLU");

        assertThat(editor.getActivation().parameterValues()).isEqualTo(Map.of("k", 2.0, "w1", 1.0, "b1", 0.0, "w2", 0.0, "b2", 0.0));
        assertThat(pieceEditorKeys(robot)).hasSize(4);
    }

    @Test
    void editingOnePieceKeepsTheOthers(FxRobot robot) {
        List<TextField> fields = robot.from(editor).lookup(".text-field").queryAllAs(TextField.class).stream().toList();
        type(robot, fields.get(2), "0.5");
        type(robot, fields.get(1), "-1");

        assertThat(editor.getActivation().parameterValues()).containsExactly(
                entry("k", 2.0), entry("w1", 1.0), entry("b1", -1.0), entry("w2", 0.5), entry("b2", 0.0));
        assertThat(editor.getActivation().value(-4)).isEqualTo(-2.0);
    }

    private List<String> pieceEditorKeys(FxRobot robot) {
        return robot.from(editor).lookup(".parameter-editor").queryAllAs(ParameterEditor.class).stream()
                .map(ParameterEditor::getKey).toList();
    }

    private List<String> fieldTexts(FxRobot robot) {
        return robot.from(editor).lookup(".text-field").queryAllAs(TextField.class).stream()
                .map(TextField::getText).toList();
    }

    private static void type(FxRobot robot, TextField field, String text) {
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(text).type(KeyCode.ENTER);
    }
}
