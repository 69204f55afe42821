package org.activationlab.ui.controls;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.ObjDoubleConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.activationlab.model.InvalidParameterException;
import org.activationlab.model.Numbers;
import org.activationlab.model.Parameter;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;

/**
 * Edits one parameter: a slider over the parameter's practical range [{@code sliderMin},
 * {@code sliderMax}] and a text field that accepts any value of its full
 * {@link org.activationlab.model.Domain}.
 *
 * <p>It shows the value its owner gives it ({@link #show(double)}, from the owner's state) and
 * sends every accepted value to the owner as an intent (the parameter's key and the value).
 * A value outside the domain, or one the intent refuses with an {@link InvalidParameterException},
 * leaves the value shown unchanged and shows a message naming the value and the allowed range.
 */
public class ParameterEditor extends Control {
    private final Parameter parameter;
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper(this, "value");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty captionVisible = new SimpleBooleanProperty(this, "captionVisible", true);
    private final ObjDoubleConsumer<String> intent;

    /**
     * An editor of {@code parameter} showing {@code value}.
     *
     * @param intent receives the parameter's key and each value the user sets; it may refuse one
     *               by throwing an {@link InvalidParameterException}, whose message is then shown
     */
    public ParameterEditor(Parameter parameter, double value, ObjDoubleConsumer<String> intent) {
        this.parameter = Objects.requireNonNull(parameter, "parameter");
        this.intent = Objects.requireNonNull(intent, "intent");
        this.value.set(value);
        getStyleClass().add(Styles.PARAMETER_EDITOR);
    }

    /** The key of the edited parameter, e.g. {@code "slope"}. */
    public String getKey() {
        return parameter.key();
    }

    /** The parameter's declaration: description, default, domain, slider range. */
    public Parameter getParameter() {
        return parameter;
    }

    /** Shows {@code newer} as the parameter's value, e.g. the owner's state changed; clears any message. */
    public void show(double newer) {
        value.set(newer);
        message.set("");
    }

    /** The value shown. */
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
     * Sends {@code candidate} to the owner if the parameter's domain allows it and the owner takes
     * it, and shows it; otherwise keeps the value shown and explains why in {@link #messageProperty()}.
     *
     * @return whether the value was accepted
     */
    public boolean submit(double candidate) {
        return submit(candidate, Numbers.format(candidate));
    }

    /** Submits {@code candidate}; a refusal quotes it as {@code asTyped}. */
    private boolean submit(double candidate, String asTyped) {
        if (!parameter.domain().contains(candidate)) {
            return refuse(TextKeys.PARAMETER_OUT_OF_RANGE, asTyped);
        }
        try {
            intent.accept(getKey(), candidate);
        } catch (InvalidParameterException e) {
            message.set(e.getMessage());
            return false;
        }
        show(candidate);
        return true;
    }

    /**
     * Parses {@code text} (a decimal number such as {@code -0.5} or {@code 1e-3}; surrounding
     * blanks ignored, a typographic minus accepted) and submits it; anything else is refused
     * with a message.
     *
     * @return whether the value was accepted
     */
    public boolean submit(String text) {
        OptionalDouble number = DecimalInput.parse(text);
        if (number.isEmpty()) {
            return refuse(TextKeys.PARAMETER_NOT_A_NUMBER, DecimalInput.normalise(text));
        }
        return submit(number.getAsDouble(), DecimalInput.normalise(text));
    }

    private boolean refuse(String textKey, String rejected) {
        message.set(Messages.format(textKey, rejected, parameter.key(), parameter.domain().describe(),
                Numbers.format(getValue())));
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

    /** Its height depends on its width: captions and messages wrap. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ParameterEditorSkin(this);
    }
}
