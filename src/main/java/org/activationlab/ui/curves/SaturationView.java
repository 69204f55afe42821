package org.activationlab.ui.curves;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activationlab.model.Numbers;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.WhileInScene;

/**
 * Where the gradient dies: shade where |f'(x)| &lt; eps, with eps on a slider of 1-2-5 steps from
 * 0.0001 to 0.5, and hatch where f'(x) = 0 exactly (a unit there gets no gradient at all).
 */
final class SaturationView {
    /** The thresholds the slider offers, smallest first. */
    static final List<Double> THRESHOLDS = List.of(1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5);

    private final CurvesViewModel model;
    private final CheckBox shade = new CheckBox(Messages.get(TextKeys.CURVES_SHADE));
    private final Slider threshold = new Slider(0, THRESHOLDS.size() - 1, 0);
    private final Label value = new Label();
    private final CheckBox hatch = new CheckBox(Messages.get(TextKeys.CURVES_HATCH));
    private final VBox root = new VBox();

    SaturationView(CurvesViewModel model) {
        this.model = model;
        createView();
        initListeners();
        show(model.getState());
    }

    Node root() {
        return root;
    }

    private void createView() {
        HBox row = StepSliderRow.of("ε", threshold, value, Styles.THRESHOLD_SLIDER,
                Messages.get(TextKeys.CURVES_THRESHOLD));
        root.getStyleClass().add(Styles.CURVES_SECTION_BODY);
        shade.setWrapText(true);
        hatch.setWrapText(true);
        root.getChildren().addAll(shade, row, hatch);
    }

    private void initListeners() {
        shade.setOnAction(e -> model.shadeSaturation(shade.isSelected()));
        hatch.setOnAction(e -> model.hatchZeroGradient(hatch.isSelected()));
        threshold.valueProperty().addListener((obs, old, v) -> {
            int position = (int) Math.round(v.doubleValue());
            if (position != nearestIndex(model.getState().epsilon())) {
                model.saturationThreshold(THRESHOLDS.get(position));
            }
        });
        WhileInScene.of(root, model.stateProperty()).addListener((obs, old, now) -> show(now));
    }

    private void show(CurvesState state) {
        threshold.setValue(nearestIndex(state.epsilon()));
        shade.setSelected(state.shading());
        threshold.setDisable(!state.shading());
        value.setText(Numbers.format(state.epsilon()));
        hatch.setSelected(state.hatching());
    }

    /** The slider position whose threshold is closest to {@code eps} on a log scale. */
    static int nearestIndex(double eps) {
        int best = 0;
        for (int i = 1; i < THRESHOLDS.size(); i++) {
            if (Math.abs(Math.log(THRESHOLDS.get(i) / eps)) < Math.abs(Math.log(THRESHOLDS.get(best) / eps))) {
                best = i;
            }
        }
        return best;
    }
}
