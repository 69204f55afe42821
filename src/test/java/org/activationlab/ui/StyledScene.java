package org.activationlab.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A view on its own in a test, styled as the app styles it: in a scene of a given size whose root
 * has the app's style class and stylesheet, shown on a stage. TestFX's shared primary stage may be
 * left maximised or full screen by an earlier test class, which would ignore the size, so the
 * stage is put back to a normal window sized to the scene first.
 */
public final class StyledScene {
    private StyledScene() {
    }

    /** Shows {@code view} on {@code stage} in a styled scene of {@code width} x {@code height} and returns the scene. */
    public static Scene show(Stage stage, Node view, double width, double height) {
        Scene scene = new Scene(new StackPane(view), width, height);
        scene.getRoot().getStyleClass().add(Styles.APP);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        return scene;
    }
}
