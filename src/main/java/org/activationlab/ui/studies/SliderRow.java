package org.activationlab.ui.studies;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationlab.ui.controls.SliderSteps;
import org.activationlab.ui.WhileInScene;

/**
 * A named slider with its value printed beside the name: it shows a model value and sends the
 * user's moves to the model as an intent (moves that land on the value shown send nothing, so
 * showing a new value never echoes back); values snap to exact multiples of {@code step}
 * ({@link SliderSteps#snap}: 1.05, not 1.0499999999999998).
 */
public final class SliderRow {
    /** The style class of the row. */
    public static final String STYLE_CLASS = "slider-row";
    /** The style class of the value label. */
    public static final String VALUE = "slider-value";

    private final Slider slider;
    private final Label valueLabel = new Label();
    private final VBox root;

    /**
     * @param name what the slider sets
     * @param min the slider's lowest value
     * @param max the slider's highest value
     * @param step the spacing values snap to
     * @param value the model value shown
     * @param intent what a move of the slider to a new value sends to the model
     * @param format how the value is printed
     */
    public SliderRow(String name, double min, double max, double step, ObservableValue<? extends Number> value,
                     DoubleConsumer intent, DoubleFunction<String> format) {
        slider = new Slider(min, max, value.getValue().doubleValue());
        slider.setBlockIncrement(step);
        slider.setAccessibleText(name);
        slider.valueProperty().addListener((obs, old, v) -> {
            double snapped = SliderSteps.snap(v.doubleValue(), step);
            if (snapped != value.getValue().doubleValue()) {
                intent.accept(snapped);
            }
            if (snapped != v.doubleValue()) {
                slider.setValue(snapped);
            }
        });
        WhileInScene.of(slider, value).addListener((obs, old, v) -> slider.setValue(v.doubleValue()));
        valueLabel.getStyleClass().add(VALUE);
        valueLabel.textProperty().bind(value.map(v -> format.apply(v.doubleValue())));
        Label label = new Label(name);
        label.setLabelFor(slider);
        HBox top = new HBox(label, valueLabel);
        top.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        root = new VBox(top, slider);
        root.getStyleClass().add(STYLE_CLASS);
    }

    /** The row. */
    public VBox root() {
        return root;
    }

    /** The slider, for tests and keyboard focus. */
    public Slider slider() {
        return slider;
    }
}
