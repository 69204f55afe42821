package org.activationlab.ui.controls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Parameter;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;

/**
 * Every parameter of one activation, editable: a {@link LinearPiecesEditor} for a function made
 * of {@link Activation#linearPieces() linear pieces}, one {@link ParameterEditor} per parameter
 * otherwise, a note when there are none, and a button that restores the defaults.
 *
 * <p>It shows the activation its owner gives it ({@link #show(Activation)}, from the owner's
 * state) and sends each edit to the owner as an intent: the shown activation with the edited
 * parameter changed. The edit shows at once, until the owner shows another activation.
 */
public class ParameterPanel extends VBox {
    private final Consumer<Activation> intent;
    private final List<Parameter> parameters;
    private final List<ParameterEditor> editors = new ArrayList<>();
    private final Button reset = new Button(Messages.get(TextKeys.PARAMETERS_RESET));
    private Activation shown;
    private LinearPiecesEditor piecesEditor;

    /**
     * A panel showing {@code initial}.
     *
     * @param intent receives the activation with each edit applied; it may refuse an edit by
     *               throwing an {@link org.activationlab.model.InvalidParameterException}
     */
    public ParameterPanel(Activation initial, Consumer<Activation> intent) {
        this(initial, initial.parameters(), intent);
    }

    /**
     * A panel showing {@code initial} whose sliders follow {@code parameters} (the activation's own
     * parameters with other defaults or slider ranges, e.g. those a user gave a typed formula).
     *
     * @param intent receives the activation with each edit applied; it may refuse an edit by
     *               throwing an {@link org.activationlab.model.InvalidParameterException}
     */
    public ParameterPanel(Activation initial, List<Parameter> parameters, Consumer<Activation> intent) {
        this.shown = Objects.requireNonNull(initial, "initial");
        this.parameters = List.copyOf(parameters);
        this.intent = Objects.requireNonNull(intent, "intent");
        getStyleClass().add(Styles.PARAMETER_PANEL);
        createView();
        reset.setOnAction(e -> resetToDefaults());
    }

    /** The activation shown, with the last edit made here or given by {@link #show}. */
    public Activation getActivation() {
        return shown;
    }

    /** The parameters its sliders show, with their defaults and slider ranges. */
    public List<Parameter> getParameters() {
        return parameters;
    }

    /** The piece editor, when the function shown is made of linear pieces. */
    public Optional<LinearPiecesEditor> piecesEditor() {
        return Optional.ofNullable(piecesEditor);
    }

    /** Restores the default parameters of the function shown (the catalogue's, or a formula's own). */
    public void resetToDefaults() {
        if (Catalogue.contains(shown.name())) {
            edit(Catalogue.get(shown.name()));
            return;
        }
        Map<String, Double> defaults = new LinkedHashMap<>();
        parameters.forEach(p -> defaults.put(p.key(), p.defaultValue()));
        edit(shown.with(defaults));
    }

    /**
     * Shows {@code newer}'s parameter values, e.g. set from outside by a lesson; values equal to
     * those shown change nothing.
     *
     * @throws IllegalArgumentException if {@code newer} is another function than the one shown
     */
    public void show(Activation newer) {
        if (!newer.name().equals(shown.name())) {
            throw new IllegalArgumentException("this panel shows " + shown.name() + ", not " + newer.name());
        }
        if (newer.parameterValues().equals(shown.parameterValues())) {
            return;
        }
        shown = newer;
        if (piecesEditor != null) {
            piecesEditor.setActivation(newer);
        } else {
            editors.forEach(editor -> editor.show(newer.parameterValues().get(editor.getKey())));
        }
    }

    /** Sends {@code changed} to the owner and shows it. */
    private void edit(Activation changed) {
        intent.accept(changed);
        show(changed);
    }

    private void createView() {
        if (shown.linearPieces().isPresent()) {
            piecesEditor = new LinearPiecesEditor(shown);
            piecesEditor.activationProperty().addListener((obs, old, changed) -> {
                if (!changed.parameterValues().equals(shown.parameterValues())) {
                    edit(changed);
                }
            });
            getChildren().addAll(piecesEditor, reset);
        } else if (parameters.isEmpty()) {
            Label none = new Label(Messages.get(TextKeys.PARAMETERS_NONE));
            none.getStyleClass().add(Styles.CAPTION);
            none.setWrapText(true);
            getChildren().add(none);
        } else {
            parameters.forEach(p -> editors.add(new ParameterEditor(p, shown.parameterValues().get(p.key()),
                    (key, value) -> edit(shown.with(key, value)))));
            getChildren().addAll(editors);
            getChildren().add(reset);
        }
    }
}
