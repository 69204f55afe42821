package org.activationlab.ui.lessons;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.activationlab.ui.DialogStyle;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;

/**
 * The lesson files that could not be used, as one line ("14 lesson files had problems —
 * Details…") however many there are, so that the lesson and its buttons keep their room; the
 * link opens a dialog listing each file with its problem. Hidden when there is none.
 */
final class LessonProblems {
    static final String STYLE = "lesson-problems";
    static final String DIALOG_STYLE = "lesson-problems-dialog";

    private final List<String> problems;
    private final Label summary = new Label();
    private final Hyperlink details = new Hyperlink(Messages.get(LessonKeys.PROBLEMS_DETAILS));
    private final HBox root = new HBox(summary, details);

    /** @param problems one message per file, naming it and what is wrong */
    LessonProblems(List<String> problems) {
        this.problems = List.copyOf(problems);
        summary.setId("lesson-problems");
        summary.getStyleClass().addAll(Styles.ERROR_MESSAGE, STYLE);
        summary.setText(Messages.format(LessonKeys.PROBLEMS, Integer.toString(problems.size())));
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        details.setId("lesson-problems-details");
        details.setMinWidth(Hyperlink.USE_PREF_SIZE);
        details.setOnAction(e -> showDetails());
        root.setAlignment(Pos.CENTER_LEFT);
        root.setVisible(!problems.isEmpty());
        root.managedProperty().bind(root.visibleProperty());
    }

    Node root() {
        return root;
    }

    /** The list, in a dialog that does not block (the lesson stays usable beside it). */
    private void showDetails() {
        TextArea list = new TextArea(String.join("\n", problems));
        list.setId("lesson-problems-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(problems.size() * 2, 20));
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.CLOSE);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        alert.setTitle(Messages.get(LessonKeys.PROBLEMS_TITLE));
        alert.setHeaderText(summary.getText());
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.getDialogPane().getStyleClass().add(DIALOG_STYLE);
        DialogStyle.apply(alert.getDialogPane(), alert.getOwner());
        alert.show();
    }
}
