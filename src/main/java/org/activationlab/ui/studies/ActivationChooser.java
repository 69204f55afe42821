package org.activationlab.ui.studies;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.ui.controls.ParameterPanel;
import org.activationlab.ui.WhileInScene;

/**
 * A catalogue function and its parameters: a combo box of display names and, under it, the
 * function's {@link ParameterPanel}. It shows a model value (a change from elsewhere, a preset,
 * shows in both) and sends the user's choices and edits to the model as an intent.
 */
public final class ActivationChooser {
    private final Consumer<Activation> intent;
    private final ComboBox<String> names = new ComboBox<>();
    private final VBox parameters = new VBox();
    private final VBox root;
    private ParameterPanel panel;

    /**
     * @param title the label above the combo box
     * @param activation the model value shown
     * @param intent what a choice or a parameter edit sends to the model
     * @param choices the catalogue names offered, in order
     */
    public ActivationChooser(String title, ObservableValue<Activation> activation, Consumer<Activation> intent,
                             List<String> choices) {
        this.intent = intent;
        names.getItems().setAll(choices);
        names.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : Catalogue.get(name).info().displayName();
            }

            @Override
            public String fromString(String text) {
                return choices.stream().filter(n -> Catalogue.get(n).info().displayName().equals(text)).findFirst()
                        .orElse(null);
            }
        });
        names.setAccessibleText(title);
        names.setMaxWidth(Double.MAX_VALUE);
        Label label = new Label(title);
        label.setLabelFor(names);
        root = new VBox(label, names, parameters);
        root.getStyleClass().add("activation-chooser");
        show(activation.getValue());
        names.valueProperty().addListener((obs, old, name) -> {
            if (name != null && !name.equals(activation.getValue().name())) {
                intent.accept(Catalogue.get(name));
            }
        });
        WhileInScene.of(root, activation).addListener((obs, old, now) -> show(now));
    }

    /** Shows {@code a}: its name, and its values in the panel of its function (a new panel for another function). */
    private void show(Activation a) {
        names.setValue(a.name());
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
    public ComboBox<String> names() {
        return names;
    }
}
