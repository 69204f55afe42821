package org.activationlab.ui.problems;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.activationlab.ui.Messages;
import org.activationlab.ui.WhileInScene;

/**
 * The strip at the top of the window that names the failure {@link Problems} reported last, what
 * was running and where the details are, until the user dismisses it. Hidden (and taking no
 * room) while there is none. Its text wraps, so nothing is cut at any scale.
 */
public final class ProblemBanner {
    /** The style class and id of the strip. */
    public static final String STYLE_CLASS = "problem-banner";

    private final Problems problems;
    private final HBox root = new HBox();
    private final Label text = new Label();
    private final Button dismiss = new Button(Messages.get(ProblemKeys.DISMISS));

    /** A banner showing {@code problems}' current problem. */
    public ProblemBanner(Problems problems) {
        this.problems = problems;
        createView();
        initListeners();
    }

    /** The node to put at the top of the window's content. */
    public HBox root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add(STYLE_CLASS);
        root.setId(STYLE_CLASS);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setSpacing(8);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        dismiss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().addAll(text, dismiss);
        show(null);
    }

    private void initListeners() {
        WhileInScene.ofShowing(root, problems.currentProperty()).addListener((obs, old, problem) -> show(problem));
        root.sceneProperty().addListener((obs, old, scene) -> show(problems.currentProperty().get()));
        dismiss.setOnAction(e -> problems.dismiss());
    }

    private void show(Problem problem) {
        root.setVisible(problem != null);
        root.setManaged(problem != null);
        text.setText(problem == null ? "" : Messages.format(ProblemKeys.BANNER, Messages.get(problem.source().key()),
                problem.description(), problems.log().newestFile().toString()));
    }
}
