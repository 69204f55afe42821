package org.activationlab.ui.controls;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every parameter of one activation, editable: a {@link LinearPiecesEditor} for a function made
 * of {@link Activation#linearPieces() linear pieces}, one
 * {@link ParameterEditor} per parameter otherwise, a note when there are none, and a button
 * that restores the defaults. The edited activation is {@link #activationProperty()}.
 */
public class ParameterPanel extends VBox {
    private final ReadOnlyObjectWrapper<Activation> activation = new ReadOnlyObjectWrapper<>(this, "activation");
    private final List<ParameterEditor> editors = new ArrayList<>();
    private final Button reset = new Button(Messages.get(TextKeys.PARAMETERS_RESET));
    private LinearPiecesEditor piecesEditor;

    /** A panel editing {@code initial}. */
    public ParameterPanel(Activation initial) {
        getStyleClass().add(Styles.PARAMETER_PANEL);
        activation.set(initial);
        createView();
        reset.setOnAction(e -> resetToDefaults());
    }

    /** The activation with the edited parameter values. */
    public ReadOnlyObjectProperty<Activation> activationProperty() {
        return activation.getReadOnlyProperty();
    }

    public Activation getActivation() {
        return activation.get();
    }

    /** The piece editor, when the edited function is made of linear pieces. */
    public Optional<LinearPiecesEditor> piecesEditor() {
        return Optional.ofNullable(piecesEditor);
    }

    /** Restores the catalogue's default parameters of the edited function. */
    public void resetToDefaults() {
        setActivation(Catalogue.get(getActivation().name()));
    }

    /**
     * Continues from {@code newer}'s parameters, e.g. set from outside by a lesson.
     *
     * @throws IllegalArgumentException if {@code newer} is another function than the edited one
     */
    public void setActivation(Activation newer) {
        if (!newer.name().equals(getActivation().name())) {
            throw new IllegalArgumentException("this panel edits " + getActivation().name() + ", not " + newer.name());
        }
        if (piecesEditor != null) {
            piecesEditor.setActivation(newer);
        } else {
            editors.forEach(editor -> editor.setActivation(newer));
            activation.set(newer);
        }
    }

    private void createView() {
        Activation a = getActivation();
        if (a.linearPieces().isPresent()) {
            piecesEditor = new LinearPiecesEditor(a);
            piecesEditor.activationProperty().addListener((obs, old, changed) -> activation.set(changed));
            getChildren().addAll(piecesEditor, reset);
        } else if (a.parameters().isEmpty()) {
            Label none = new Label(Messages.get(TextKeys.PARAMETERS_NONE));
            none.getStyleClass().add(Styles.CAPTION);
            none.setWrapText(true);
            getChildren().add(none);
        } else {
            a.parameters().forEach(p -> editors.add(new ParameterEditor(a, p.key())));
            editors.forEach(editor -> editor.activationProperty().addListener((obs, old, changed) -> follow(changed)));
            getChildren().addAll(editors);
            getChildren().add(reset);
        }
    }

    /** One editor changed its parameter: the others continue from the result. */
    private void follow(Activation changed) {
        for (ParameterEditor editor : editors) {
            if (editor.getActivation() != changed) {
                editor.setActivation(changed);
            }
        }
        activation.set(changed);
    }
}
