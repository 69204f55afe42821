package org.activationlab.ui.curves;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activationlab.plot.curves.CurvesSettings;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.WhileInScene;

/**
 * Gradient through depth (source text, section 3): a slider for n from 1 to 50 layers; above 1
 * the lower panel plots |f'(x)|^n, the factor a gradient picks up through n layers, so
 * sigmoid's 0.25^n collapse and ReLU's constant 1 show side by side. A logarithmic axis shows
 * how many orders of magnitude are lost.
 */
final class GradientDepthView {
    private final CurvesViewModel model;
    private final Slider depth = new Slider(1, CurvesSettings.MAX_DEPTH, 1);
    private final Label value = new Label();
    private final CheckBox log = new CheckBox(Messages.get(TextKeys.CURVES_LOG_AXIS));
    private final VBox root = new VBox();

    GradientDepthView(CurvesViewModel model) {
        this.model = model;
        createView();
        initListeners();
        show(model.getState());
    }

    Node root() {
        return root;
    }

    private void createView() {
        HBox row = StepSliderRow.of("n", depth, value, Styles.DEPTH_SLIDER, Messages.get(TextKeys.CURVES_DEPTH));
        Label help = new Label(Messages.get(TextKeys.CURVES_DEPTH_HELP));
        help.getStyleClass().add(Styles.CAPTION);
        help.setWrapText(true);
        root.getStyleClass().add(Styles.CURVES_SECTION_BODY);
        root.getChildren().addAll(row, help, log);
    }

    private void initListeners() {
        depth.valueProperty().addListener((obs, old, v) -> {
            int n = (int) Math.round(v.doubleValue());
            if (n != model.getState().depth()) {
                model.depth(n);
            }
        });
        log.setOnAction(e -> model.logDerivative(log.isSelected()));
        WhileInScene.of(root, model.stateProperty()).addListener((obs, old, now) -> show(now));
    }

    private void show(CurvesState state) {
        depth.setValue(state.depth());
        value.setText(Messages.format(TextKeys.CURVES_DEPTH_VALUE, Integer.toString(state.depth())));
        log.setSelected(state.logDerivative());
    }
}
