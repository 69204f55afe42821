package org.activationlab.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * A long-lived model value as a view should observe it. The view models outlive their views
 * (View &gt; Language rebuilds every view on the same models), and a listener a view adds
 * straight to a model would keep the replaced view alive and busy for the rest of the run.
 * Seen through {@link #of}, the model is observed only while the view's node is in a scene: a
 * view taken out of the window lets go of its model and can be collected, and a view put into
 * one catches up with the model at once.
 */
public final class WhileInScene {
    private WhileInScene() {
    }

    /**
     * {@code source} for listeners of {@code view}: it follows {@code source} while {@code view}
     * is in a scene and keeps the last value while it is not.
     */
    public static <T> ObservableValue<T> of(Node view, ObservableValue<T> source) {
        return source.when(view.sceneProperty().map(scene -> true));
    }

    /**
     * {@code source} for listeners of {@code view} when {@code source} belongs to the whole process
     * rather than to one window (the problems reported, {@link org.activationlab.ui.problems.Problems#shared()}):
     * it follows {@code source} while {@code view} is in a window that shows. A closed window keeps
     * its scene, so through {@link #of} a process-wide value would keep every closed window's views,
     * and the app behind them, for the rest of the run (an app started and stopped per test kept
     * about 65 MB each).
     */
    public static <T> ObservableValue<T> ofShowing(Node view, ObservableValue<T> source) {
        return source.when(view.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .orElse(false));
    }
}
