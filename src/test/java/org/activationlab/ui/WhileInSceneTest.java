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
}
