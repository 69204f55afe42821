package org.activationlab.ui.curves;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.ui.DisplayNumbers;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.controls.SliderSteps;
import org.activationlab.ui.WhileInScene;
import org.controlsfx.control.RangeSlider;

/**
 * What the axes show: the two panels (each can be hidden, not both), the x range on a range
 * slider (the plot also zooms with the mouse wheel and pans by dragging) with a reset, and the
 * y ranges, automatic or fixed at typed values.
 */
final class AxesView {
    private static final double MAJOR_TICK = 10;
    private static final int MINOR_TICKS = 1;
    private static final double BLOCK_INCREMENT = 0.5;

    private final CurvesViewModel model;
    private final CheckBox functions = new CheckBox(Messages.get(TextKeys.CURVES_PANEL_FUNCTIONS));
    private final CheckBox derivatives = new CheckBox(Messages.get(TextKeys.CURVES_PANEL_DERIVATIVES));
    private final RangeSlider xRange = new RangeSlider(-XRange.LIMIT, XRange.LIMIT, XRange.DEFAULT.from(), XRange.DEFAULT.to());
    private final Label xText = new Label();
    private final Button reset = new Button(Messages.get(TextKeys.CURVES_RESET_RANGE));
    private final CheckBox fixY = new CheckBox(Messages.get(TextKeys.CURVES_FIX_Y));
    private final YRangeEditor functionRange;
    private final YRangeEditor derivativeRange;
    private final VBox root = new VBox();

    AxesView(CurvesViewModel model) {
        this.model = model;
        this.functionRange = new YRangeEditor(Messages.get(TextKeys.CURVES_PANEL_FUNCTIONS), model::fixFunctionRange,
                () -> model.getState().functionRange(), () -> false);
        this.derivativeRange = new YRangeEditor(Messages.get(TextKeys.CURVES_PANEL_DERIVATIVES),
                model::fixDerivativeRange, () -> model.getState().derivativeRange(),
                () -> model.getState().logDerivative());
        createView();
        initListeners();
        show(model.getState());
        functionRange.show(model.getState().functionRange());
        derivativeRange.show(model.getState().derivativeRange());
    }

    Node root() {
        return root;
    }

    private void createView() {
        Label panels = new Label(Messages.get(TextKeys.CURVES_PANELS));
        panels.getStyleClass().add(Styles.PARAMETER_NAME);
        HBox panelRow = new HBox(panels, functions, derivatives);
        panelRow.setAlignment(Pos.CENTER_LEFT);
        panelRow.getStyleClass().add("editor-row");

        xRange.setShowTickMarks(true);
        xRange.setShowTickLabels(true);
        xRange.setMajorTickUnit(MAJOR_TICK);
        xRange.setMinorTickCount(MINOR_TICKS);
        xRange.setBlockIncrement(BLOCK_INCREMENT);
        xRange.getStyleClass().add(Styles.X_RANGE);
        xRange.setAccessibleText(Messages.get(TextKeys.CURVES_X_RANGE));
        Label xName = new Label(Messages.get(TextKeys.CURVES_X_RANGE));
        xName.getStyleClass().add(Styles.PARAMETER_NAME);
        xText.getStyleClass().add(Styles.X_RANGE_TEXT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        reset.setTooltip(new Tooltip(Messages.get(TextKeys.CURVES_RESET_RANGE_HELP)));
        HBox xHeader = new HBox(xName, xText, gap, reset);
        xHeader.setAlignment(Pos.CENTER_LEFT);
        xHeader.getStyleClass().add("editor-row");
        Label gestures = new Label(Messages.get(TextKeys.CURVES_GESTURES));
        gestures.getStyleClass().add(Styles.CAPTION);
        gestures.setWrapText(true);

        fixY.setTooltip(new Tooltip(Messages.get(TextKeys.CURVES_FIX_Y_HELP)));
        root.getStyleClass().add(Styles.CURVES_SECTION_BODY);
        root.getChildren().addAll(panelRow, xHeader, xRange, gestures, fixY, functionRange.root(), derivativeRange.root());
    }

    private void initListeners() {
        functions.setOnAction(e -> {
            if (!model.showPanels(functions.isSelected(), derivatives.isSelected())) {
                functions.setSelected(true);
            }
        });
        derivatives.setOnAction(e -> {
            if (!model.showPanels(functions.isSelected(), derivatives.isSelected())) {
                derivatives.setSelected(true);
            }
        });
        xRange.lowValueProperty().addListener((obs, old, v) -> lowMoved(v.doubleValue()));
        xRange.highValueProperty().addListener((obs, old, v) -> highMoved(v.doubleValue()));
        reset.setOnAction(e -> model.resetXRange());
        fixY.setOnAction(e -> model.fixYRanges(fixY.isSelected()));
        WhileInScene.of(root, model.stateProperty()).addListener((obs, old, now) -> {
            show(now);
            if (!now.functionRange().equals(old.functionRange())) {
                functionRange.show(now.functionRange());
            }
            if (!now.derivativeRange().equals(old.derivativeRange())) {
                derivativeRange.show(now.derivativeRange());
            }
        });
    }

    /**
     * The low thumb moved: the range from there (snapped) to the state's right end. A thumb at
     * the state's end, e.g. put there by {@link #show}, sends nothing.
     */
    private void lowMoved(double low) {
        XRange x = model.getState().x();
        if (low != x.from()) {
            model.showXRange(snap(low), x.to());
        }
    }

    /** The high thumb moved: the range from the state's left end to there (snapped). */
    private void highMoved(double high) {
        XRange x = model.getState().x();
        if (high != x.to()) {
            model.showXRange(x.from(), snap(high));
        }
    }

    private double snap(double value) {
        return SliderSteps.snap(value, SliderSteps.step(xRange.getMin(), xRange.getMax(), false));
    }

    private void show(CurvesState state) {
        functions.setSelected(state.showFunctions());
        derivatives.setSelected(state.showDerivatives());
        functions.setDisable(state.showFunctions() && !state.showDerivatives());
        derivatives.setDisable(state.showDerivatives() && !state.showFunctions());
        XRange x = state.x();
        if (x.from() > xRange.getHighValue()) {
            xRange.setHighValue(x.to());
            xRange.setLowValue(x.from());
        } else {
            xRange.setLowValue(x.from());
            xRange.setHighValue(x.to());
        }
        xText.setText(Messages.format(TextKeys.CURVES_X_RANGE_TEXT, DisplayNumbers.format(x.from()),
                DisplayNumbers.format(x.to())));
        reset.setDisable(x.equals(XRange.DEFAULT));
        boolean fixed = !state.functionRange().automatic() || !state.derivativeRange().automatic();
        fixY.setSelected(fixed);
        showEditor(functionRange, state.showFunctions() && !state.functionRange().automatic());
        showEditor(derivativeRange, state.showDerivatives() && !state.derivativeRange().automatic());
    }

    private static void showEditor(YRangeEditor editor, boolean visible) {
        editor.root().setVisible(visible);
        editor.root().setManaged(visible);
    }
}
