package org.activationlab.ui.curves;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.activationlab.ui.Styles;

/** A row of a name, a slider that moves in whole steps, and its value: the depth and saturation sliders. */
final class StepSliderRow {
    private StepSliderRow() {
    }

    /** Configures {@code slider} to snap to whole steps and lays it out between {@code name} and {@code value}. */
    static HBox of(String name, Slider slider, Label value, String sliderStyle, String accessibleText) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.PARAMETER_NAME);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        slider.getStyleClass().add(sliderStyle);
        slider.setAccessibleText(accessibleText);
        HBox.setHgrow(slider, Priority.ALWAYS);
        value.getStyleClass().add(Styles.DEPTH_VALUE);
        HBox row = new HBox(label, slider, value);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("editor-row");
        return row;
    }
}
