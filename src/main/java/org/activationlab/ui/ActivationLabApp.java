package org.activationlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.activationlab.model.Catalogue;

/** The desktop app: a window listing the activation catalogue. */
public final class ActivationLabApp extends Application {
    @Override
    public void start(Stage stage) {
        ListView<String> functions = new ListView<>();
        functions.getItems().setAll(Catalogue.names());
        stage.setTitle("Activation Lab");
        stage.setScene(new Scene(functions, 320, 480));
        stage.show();
    }
}
