package org.activationlab.ui.studies;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.WhileInScene;
import org.activationlab.ui.controls.ParameterPanel;
import org.activationlab.ui.library.ActivationChoice;
import org.activationlab.ui.library.ActivationPicker;

/**
 * A function and its parameters: an {@link ActivationPicker} (the catalogue and the user's
 * library formulas) and, under it, the function's {@link ParameterPanel}. It shows a model value
 * (a change from elsewhere, a preset, shows in both) and sends the user's choices and edits to
 * the model as an intent.
 */
public final class ActivationChooser {
    private final Consumer<Activation> intent;
    private final ActivationPicker picker;
    private final VBox parameters = new VBox();
    private final VBox root;
    private ParameterPanel panel;

    /**
     * @param title the label above the combo box
     * @param activation the model value shown
     * @param intent what a choice or a parameter edit sends to the model
     * @param choices the functions offered, in order (followed as they change)
     */
    public ActivationChooser(String title, ObservableValue<Activation> activation, Consumer<Activation> intent,
                             ObservableList<ActivationChoice> choices) {
        this.intent = intent;
        picker = new ActivationPicker(choices, ActivationSpec.of(activation.getValue()),
                picked -> intent.accept(picked.resolve()));
        ComboBox<ActivationChoice> names = picker.comboBox();
        names.setAccessibleText(title);
        Label label = new Label(title);
        label.setLabelFor(names);
        root = new VBox(label, names, parameters);
        root.getStyleClass().add("activation-chooser");
        show(activation.getValue());
        WhileInScene.of(root, activation).addListener((obs, old, now) -> show(now));
    }

    /** Shows {@code a}: its name, and its values in the panel of its function (a new panel for another function). */
    private void show(Activation a) {
        picker.show(ActivationSpec.of(a));
        if (panel != null && panel.getActivation().name().equals(a.name())) {
            panel.show(a);
            return;
        }
        panel = new ParameterPanel(a, intent);
        parameters.getChildren().setAll(panel);
    }

    /** The chooser. */
    public VBox root() {
        return root;
    }

    /** The combo box, for tests. */
    public ComboBox<ActivationChoice> names() {
        return picker.comboBox();
    }
}
