package org.activationlab.ui;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A view hears its long-lived model only while it is in a scene, and a view taken out can be collected. */
@ExtendWith(ApplicationExtension.class)
class WhileInSceneTest {
    private static final int GC_ATTEMPTS = 20;

    @Test
    void aViewHearsItsModelWhileInASceneAndCatchesUpWhenAdded(FxRobot robot) {
        IntegerProperty model = new SimpleIntegerProperty(1);
        List<Number> heard = new ArrayList<>();
        robot.interact(() -> {
            Pane view = new Pane();
            WhileInScene.of(view, model).addListener((obs, old, now) -> heard.add(now));
            model.set(2);
            assertThat(heard).as("not in a scene yet").isEmpty();
            StackPane window = new StackPane(view);
            new Scene(window);
            assertThat(heard).as("caught up on entering the scene").containsExactly(2);
            model.set(3);
            assertThat(heard).containsExactly(2, 3);
            window.getChildren().clear();
            model.set(4);
            assertThat(heard).as("taken out of the scene").containsExactly(2, 3);
        });
    }

    @Test
    void theModelDoesNotKeepAViewWhoseWindowGotNewContent(FxRobot robot) throws InterruptedException {
        IntegerProperty model = new SimpleIntegerProperty(1);
        List<Stage> stage = new ArrayList<>();
        List<WeakReference<Pane>> view = new ArrayList<>();
        robot.interact(() -> {
            stage.add(new Stage());
            Pane shown = new Pane();
            WhileInScene.of(shown, model).addListener((obs, old, now) -> shown.setUserData(now));
            stage.get(0).setScene(new Scene(new StackPane(shown), 100, 100));
            stage.get(0).show();
            model.set(2);
            assertThat(shown.getUserData()).isEqualTo(2);
            view.add(new WeakReference<>(shown));
        });
        robot.interact(() -> stage.get(0).getScene().setRoot(new StackPane()));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < GC_ATTEMPTS && view.get(0).get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        robot.interact(stage.get(0)::close);
        assertThat(view.get(0).get()).as("the replaced view was collected").isNull();
    }

    /**
     * Seen through {@link WhileInScene#ofShowing}, a process-wide value is heard only while the view's
     * window shows, and it holds no listener once the window has closed: a closed window keeps its
     * scene, and a listener would keep the window and its views.
     */
    @Test
    void aProcessWideValueIsHeardOnlyWhileTheWindowShows(FxRobot robot) {
        ListenedProperty processWide = new ListenedProperty();
        List<Number> heard = new ArrayList<>();
        robot.interact(() -> {
            Pane view = new Pane();
            WhileInScene.ofShowing(view, processWide).addListener((obs, old, now) -> heard.add(now));
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(view), 100, 100));
            processWide.set(2);
            assertThat(heard).as("in a scene whose window has not shown yet").isEmpty();
            assertThat(processWide.listeners).isZero();
            stage.show();
            assertThat(heard).as("caught up when the window shows").containsExactly(2);
            assertThat(processWide.listeners).isPositive();
            processWide.set(3);
            stage.close();
            processWide.set(4);
            assertThat(heard).as("the window closed, its scene kept").containsExactly(2, 3);
            assertThat(processWide.listeners).as("listeners left on the process-wide value").isZero();
        });
    }

    /** A property that counts the listeners it holds. */
    private static final class ListenedProperty extends SimpleIntegerProperty {
        int listeners;

        @Override
        public void addListener(javafx.beans.InvalidationListener listener) {
            listeners++;
            super.addListener(listener);
        }

        @Override
        public void removeListener(javafx.beans.InvalidationListener listener) {
            listeners--;
            super.removeListener(listener);
        }

        @Override
        public void addListener(javafx.beans.value.ChangeListener<? super Number> listener) {
            listeners++;
            super.addListener(listener);
        }

        @Override
        public void removeListener(javafx.beans.value.ChangeListener<? super Number> listener) {
            listeners--;
            super.removeListener(listener);
        }
    }
}
