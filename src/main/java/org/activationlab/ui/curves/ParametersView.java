package org.activationlab.ui.curves;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activationlab.model.Activation;
import org.activationlab.model.Parameter;
import org.activationlab.plot.Theme;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.controls.ParameterPanel;
import org.activationlab.ui.WhileInScene;

/**
 * The parameters of the plotted functions: for each one that has any, in plot order, its swatch,
 * its name and a {@link ParameterPanel} (sliders with typed values, or the piece editor of a
 * function made of linear pieces, with presets fitted to the visible x range). A function's editor is kept while it is off the
 * plot, so it comes back with the values it had.
 */
final class ParametersView {
    private final CurvesViewModel model;
    private final ObservableValue<Theme> theme;
    private final Map<String, ParameterPanel> panels = new HashMap<>();
    private final Label none = new Label(Messages.get(TextKeys.CURVES_NO_PARAMETERS));
    private final VBox root = new VBox();

    ParametersView(CurvesViewModel model, ObservableValue<Theme> theme) {
        this.model = model;
        this.theme = theme;
        none.getStyleClass().add(Styles.CAPTION);
        none.setWrapText(true);
        root.getStyleClass().add(Styles.CURVES_PARAMETERS);
        showSections();
        WhileInScene.of(root, model.stateProperty()).addListener((obs, old, now) -> {
            panels.keySet().removeIf(name -> !now.activations().containsKey(name));
            if (!old.plotted().equals(now.plotted()) || !sliders(old).equals(sliders(now))) {
                showSections();
            }
            if (!old.x().equals(now.x())) {
                panels.values().forEach(this::fitPresetsToRange);
            }
            followParameters(now);
        });
    }

    Node root() {
        return root;
    }

    private void showSections() {
        CurvesState state = model.getState();
        root.getChildren().clear();
        state.plotted().forEach((name, slot) -> {
            Activation activation = state.activation(name);
            if (!activation.parameters().isEmpty()) {
                root.getChildren().add(section(activation, slot));
            }
        });
        if (root.getChildren().isEmpty()) {
            root.getChildren().add(none);
        }
    }

    private VBox section(Activation activation, int slot) {
        Label title = new Label(activation.info().displayName());
        title.getStyleClass().add(Styles.SUBTITLE);
        HBox header = new HBox(SeriesSwatch.of(slot, theme), title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("parameters-header");
        List<Parameter> parameters = sliders(model.getState(), activation.name());
        ParameterPanel kept = panels.get(activation.name());
        if (kept == null || !kept.getParameters().equals(parameters)) {
            kept = panel(activation, parameters);
            panels.put(activation.name(), kept);
        }
        VBox section = new VBox(header, kept);
        section.getStyleClass().add(Styles.CURVES_PARAMETERS_SECTION);
        return section;
    }

    private ParameterPanel panel(Activation activation, List<Parameter> parameters) {
        ParameterPanel panel = new ParameterPanel(activation, parameters, model::changeParameters);
        fitPresetsToRange(panel);
        return panel;
    }

    /** The parameters a function's sliders show: a typed formula's with the user's defaults and ranges. */
    private static List<Parameter> sliders(CurvesState state, String name) {
        return state.formulas().contains(name) ? state.formulaSliders(name) : state.activation(name).parameters();
    }

    /** The sliders of every plotted function, by name: when they change, their panels are made again. */
    private static Map<String, List<Parameter>> sliders(CurvesState state) {
        Map<String, List<Parameter>> all = new HashMap<>();
        state.plotted().keySet().forEach(name -> all.put(name, sliders(state, name)));
        return all;
    }

    /** Editors show the state's parameters when they were set from outside (a lesson's curves preset). */
    private void followParameters(CurvesState state) {
        panels.forEach((name, panel) -> panel.show(state.activation(name)));
    }

    /** The pieces' x² preset spreads its tangent points over the visible x range. */
    private void fitPresetsToRange(ParameterPanel panel) {
        XRange x = model.getState().x();
        panel.piecesEditor().ifPresent(editor -> editor.fitPresetsTo(x.from(), x.to()));
    }
}
