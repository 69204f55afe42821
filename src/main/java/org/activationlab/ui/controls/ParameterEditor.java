package org.activationlab.ui.controls;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.activationlab.model.Activation;
import org.activationlab.model.InvalidParameterException;
import org.activationlab.model.Numbers;
import org.activationlab.model.Parameter;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;

import java.util.regex.Pattern;

/**
 * Edits one parameter of an activation: a slider over the parameter's practical range
 * [{@code sliderMin}, {@code sliderMax}] and a text field that accepts any value of its full
 * {@link org.activationlab.model.Domain}. A rejected value leaves the activation unchanged and
 * shows a message naming the value and the allowed range.
 *
 * <p>The result is a new immutable {@link Activation} in {@link #activationProperty()}; an
 * owner that edits the same activation elsewhere passes the newer one back with
 * {@link #setActivation(Activation)}.
 */
public class ParameterEditor extends Control {
    /** A decimal number with an optional exponent: 2, -0.5, .25, 1e-3, +7.5E2. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String key;
    private final ReadOnlyObjectWrapper<Activation> activation = new ReadOnlyObjectWrapper<>(this, "activation");
    private final ReadOnlyObjectWrapper<Parameter> parameter = new ReadOnlyObjectWrapper<>(this, "parameter");
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper(this, "value");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty captionVisible = new SimpleBooleanProperty(this, "captionVisible", true);

    /**
     * An editor for parameter {@code key} of {@code activation}.
     *
     * @throws IllegalArgumentException if {@code activation} has no parameter {@code key}
     */
    public ParameterEditor(Activation activation, String key) {
        this.key = key;
        getStyleClass().add(Styles.PARAMETER_EDITOR);
        setActivation(activation);
    }

    /** The key of the edited parameter, e.g. {@code "slope"}. */
    public String getKey() {
        return key;
    }

    /** The activation with the current value of the parameter. */
    public ReadOnlyObjectProperty<Activation> activationProperty() {
        return activation.getReadOnlyProperty();
    }

    public Activation getActivation() {
        return activation.get();
    }

    /**
     * Continues from {@code newer}, e.g. after another editor changed another parameter of the
     * same function. Clears any message.
     *
     * @throws IllegalArgumentException if {@code newer} has no parameter with this editor's key
     */
    public void setActivation(Activation newer) {
        Parameter p = newer.parameters().stream().filter(q -> q.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(newer.name() + " has no parameter '" + key + "'"));
        parameter.set(p);
        activation.set(newer);
        value.set(newer.parameterValues().get(key));
        message.set("");
    }

    /** The parameter's declaration: description, default, domain, slider range. */
    public ReadOnlyObjectProperty<Parameter> parameterProperty() {
        return parameter.getReadOnlyProperty();
    }

    public Parameter getParameter() {
        return parameter.get();
    }

    /** The current value of the parameter. */
    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public double getValue() {
        return value.get();
    }

    /** Why the last submitted value was refused, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /**
     * Sets the parameter to {@code candidate} if its domain allows it; otherwise keeps the
     * current value and explains why in {@link #messageProperty()}.
     *
     * @return whether the value was accepted
     */
    public boolean submit(double candidate) {
        return submit(candidate, Numbers.format(candidate));
    }

    /** Submits {@code candidate}; a refusal quotes it as {@code asTyped}. */
    private boolean submit(double candidate, String asTyped) {
        if (!getParameter().domain().contains(candidate)) {
            return refuse(TextKeys.PARAMETER_OUT_OF_RANGE, asTyped);
        }
        try {
            Activation changed = getActivation().with(key, candidate);
            activation.set(changed);
            value.set(candidate);
            message.set("");
            return true;
        } catch (InvalidParameterException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /**
     * Parses {@code text} (a decimal number such as {@code -0.5} or {@code 1e-3}; surrounding
     * blanks ignored, a typographic minus accepted) and submits it; anything else is refused
     * with a message.
     *
     * @return whether the value was accepted
     */
    public boolean submit(String text) {
        String trimmed = text.strip().replace('\u2212', '-');
        if (!NUMBER.matcher(trimmed).matches()) {
            return refuse(TextKeys.PARAMETER_NOT_A_NUMBER, trimmed);
        }
        return submit(Double.parseDouble(trimmed), trimmed);
    }

    private boolean refuse(String textKey, String rejected) {
        Parameter p = getParameter();
        message.set(Messages.format(textKey, rejected, p.key(), p.domain().describe(), Numbers.format(getValue())));
        return false;
    }

    /**
     * Whether the line with the default and the allowed values shows (an owner with many
     * editors of the same kind may state it once instead).
     */
    public BooleanProperty captionVisibleProperty() {
        return captionVisible;
    }

    public boolean isCaptionVisible() {
        return captionVisible.get();
    }

    public void setCaptionVisible(boolean visible) {
        captionVisible.set(visible);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ParameterEditorSkin(this);
    }
}
