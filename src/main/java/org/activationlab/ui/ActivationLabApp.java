package org.activationlab.ui;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/** The JavaFX application: one main window. */
public final class ActivationLabApp extends Application {
    /** Default size: fits a 1280x800 projector with room for window decorations. */
    static final double DEFAULT_WIDTH = 1240;
    static final double DEFAULT_HEIGHT = 760;
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;
    /** Share of a larger screen the window takes at start. */
    private static final double SCREEN_SHARE = 0.8;
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private MainView mainView;

    @Override
    public void start(Stage stage) {
        mainView = new MainView(new MainViewModel(), stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(screen.getWidth(), Math.max(DEFAULT_WIDTH, screen.getWidth() * SCREEN_SHARE));
        double height = Math.min(screen.getHeight(), Math.max(DEFAULT_HEIGHT, screen.getHeight() * SCREEN_SHARE));
        Scene scene = new Scene(mainView.root(), width, height);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setTitle(Messages.get(TextKeys.APP_TITLE));
        stage.getIcons().addAll(ICON_SIZES.stream().map(ActivationLabApp::icon).toList());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.centerOnScreen();
        stage.show();
        mainView.start();
    }

    @Override
    public void stop() {
        if (mainView != null) {
            mainView.dispose();
        }
    }

    private static Image icon(int size) {
        String path = "icons/icon-" + size + ".png";
        URL url = Objects.requireNonNull(ActivationLabApp.class.getResource(path), path + " is not packaged");
        return new Image(url.toExternalForm());
    }
}
