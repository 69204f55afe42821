package org.activationlab.ui.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.model.Numbers;
import org.activationlab.model.Parameter;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;

/**
 * Looks of {@link ParameterEditor}: the parameter's name, a slider between the labels of its two
 * ends, a text field, a caption with the default and the allowed values, and the message when a
 * value is refused. The slider snaps to a {@link SliderSteps} grid; the field takes any value.
 * The slider shows the editor's value (clamped to its range); only a move away from that
 * position is submitted, so that showing a value never submits it back.
 */
final class ParameterEditorSkin extends WrappingSkin<ParameterEditor> {
    private static final int FIELD_COLUMNS = 7;
    private static final int BLOCK_STEPS = 20;

    private final Label name = new Label();
    private final Label sliderMin = new Label();
    private final Slider slider = new Slider();
    private final Label sliderMax = new Label();
    private final TextField field = new TextField();
    private final Label caption = new Label();
    private final Label message = new Label();
    private final double step;

    ParameterEditorSkin(ParameterEditor control) {
        super(control);
        Parameter p = control.getParameter();
        step = SliderSteps.step(p.sliderMin(), p.sliderMax(), p.domain().integer());
        createView();
        showParameter();
        showValue();
        showMessage();
        initListeners();
    }

    private void createView() {
        name.getStyleClass().add(Styles.PARAMETER_NAME);
        name.setLabelFor(field);
        sliderMin.getStyleClass().addAll(Styles.CAPTION, Styles.SLIDER_END);
        sliderMax.getStyleClass().addAll(Styles.CAPTION, Styles.SLIDER_END);
        HBox.setHgrow(slider, Priority.ALWAYS);
        for (Label fixed : new Label[] {name, sliderMin, sliderMax}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        field.setPrefColumnCount(FIELD_COLUMNS);
        field.getStyleClass().add(Styles.NUMERIC);
        HBox row = new HBox(name, sliderMin, slider, sliderMax, field);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("editor-row");
        caption.getStyleClass().addAll(Styles.CAPTION, Styles.PARAMETER_CAPTION);
        caption.visibleProperty().bind(getSkinnable().captionVisibleProperty());
        caption.managedProperty().bind(caption.visibleProperty());
        message.getStyleClass().add(Styles.ERROR_MESSAGE);
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(row, caption, message);
        box.getStyleClass().add("editor-box");
        setContent(box);
    }

    private void initListeners() {
        ParameterEditor control = getSkinnable();
        registerChangeListener(control.valueProperty(), e -> showValue());
        registerChangeListener(control.messageProperty(), e -> showMessage());
        slider.valueProperty().addListener((obs, old, v) -> {
            if (v.doubleValue() != sliderPosition(control.getValue())) {
                control.submit(sliderPosition(SliderSteps.snap(v.doubleValue(), step)));
                showValue();
            }
        });
        field.setOnAction(e -> commitField());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitField();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showValue();
                e.consume();
            }
        });
    }

    private void commitField() {
        if (!field.getText().equals(Numbers.format(getSkinnable().getValue()))) {
            getSkinnable().submit(field.getText());
            showValue();
        }
    }

    private void showParameter() {
        Parameter p = getSkinnable().getParameter();
        name.setText(p.key());
        name.setTooltip(new Tooltip(p.description()));
        slider.setMin(p.sliderMin());
        slider.setMax(p.sliderMax());
        slider.setBlockIncrement(Math.max(step, SliderSteps.snap((p.sliderMax() - p.sliderMin()) / BLOCK_STEPS, step)));
        sliderMin.setText(Numbers.format(p.sliderMin()));
        sliderMax.setText(Numbers.format(p.sliderMax()));
        slider.setAccessibleText(p.key());
        field.setAccessibleText(p.key());
        caption.setText(Messages.format(TextKeys.PARAMETER_CAPTION, Numbers.format(p.defaultValue()), p.domain().describe()));
    }

    private void showValue() {
        double v = getSkinnable().getValue();
        slider.setValue(sliderPosition(v));
        field.setText(Numbers.format(v));
    }

    /** Where the slider shows {@code v}: within its range. */
    private double sliderPosition(double v) {
        return Math.max(slider.getMin(), Math.min(slider.getMax(), v));
    }

    private void showMessage() {
        String text = getSkinnable().getMessage();
        message.setText(text);
        message.setVisible(!text.isEmpty());
        field.pseudoClassStateChanged(Styles.INVALID_STATE, !text.isEmpty());
    }
}
