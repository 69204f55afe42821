package org.activationlab.ui.controls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.activationlab.model.Numbers;
import org.activationlab.model.formula.Formula;
import org.activationlab.model.formula.FormulaException;
import org.activationlab.ui.Messages;

/**
 * The {@link FormulaEditor} without its controls: the text typed, parsed at every change (a parse
 * takes microseconds, so nothing is delayed), the last {@link FormulaDefinition} that parsed, the
 * message that explains why the current text does not, and the declared parameters.
 *
 * <p>The parameter rule: every name in the text that is not x, pi, e or a function (and is not
 * called like one) is a parameter. A name typed for the first time is declared with default
 * {@value #NEW_DEFAULT} and the slider range the formula gives that default (from -1 to 3); the
 * user edits the default and the range in its row. A name that disappears from the text is
 * remembered, so typing it again brings its default and range back. While the text does not
 * parse, {@link #definitionProperty()} keeps the last one that did (so a curve drawn from it
 * stays) and {@link #errorProperty()} says where and what was expected, in the current language.
 *
 * <p>Used on the JavaFX application thread.
 */
public final class FormulaEditorModel {
    /** The default of a parameter the user has just typed. */
    public static final double NEW_DEFAULT = 1;

    private final Function<FormulaDefinition, Optional<String>> veto;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<FormulaDefinition> definition = new ReadOnlyObjectWrapper<>(this, "definition");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<List<ParameterRow>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    /** Every parameter ever declared here, by name, with its default and range as last set. */
    private final Map<String, ParameterRow> declared = new HashMap<>();

    /**
     * One declared parameter as its row shows it.
     *
     * @param name the name in the formula
     * @param defaultValue the value the formula is made with, finite
     * @param range the slider's range
     */
    public record ParameterRow(String name, double defaultValue, SliderRange range) {
    }

    /** An editor that accepts every formula that parses. */
    public FormulaEditorModel() {
        this(d -> Optional.empty());
    }

    /**
     * @param veto tells why a formula that parses is still refused here (e.g. its name is taken),
     *             or empty to accept it; its message shows like a parse error
     */
    public FormulaEditorModel(Function<FormulaDefinition, Optional<String>> veto) {
        this.veto = Objects.requireNonNull(veto, "veto");
    }

    /** The formula as typed. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    /** The last formula typed that parsed and was accepted; null until one was. */
    public ReadOnlyObjectProperty<FormulaDefinition> definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    public FormulaDefinition getDefinition() {
        return definition.get();
    }

    /** Why the text typed is not the definition shown, in the language of the moment; empty when it is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** The parameters of the text typed, in the order they first appear in it. */
    public ReadOnlyObjectProperty<List<ParameterRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public List<ParameterRow> getRows() {
        return rows.get();
    }

    /** Shows {@code existing} (e.g. a formula opened for editing) as if it had been typed. */
    public void load(FormulaDefinition existing) {
        existing.ranges().forEach((name, range) ->
                declared.put(name, new ParameterRow(name, existing.defaults().get(name), range)));
        setText(existing.name());
    }

    /** The user typed: parses {@code typed}, declaring its new names (see the class comment). */
    public void setText(String typed) {
        text.set(Objects.requireNonNull(typed, "typed"));
        List<String> names;
        try {
            names = Formula.parameterNames(typed);
        } catch (FormulaException e) {
            error.set(e.message(Locale.getDefault()));
            return;
        }
        List<ParameterRow> list = new ArrayList<>();
        for (String name : names) {
            list.add(declared.computeIfAbsent(name, n -> new ParameterRow(n, NEW_DEFAULT, defaultRange(NEW_DEFAULT))));
        }
        rows.set(List.copyOf(list));
        parse();
    }

    /**
     * Sets the default of the parameter {@code name}; its slider range moves with it when it
     * would otherwise not contain the default.
     *
     * @throws IllegalArgumentException if {@code name} is not declared or the value is not finite
     */
    public void setDefault(String name, double value) {
        ParameterRow row = row(name);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(Messages.format(FormulaKeys.NOT_A_NUMBER, Numbers.format(value), name));
        }
        SliderRange range = row.range().min() <= value && value <= row.range().max() ? row.range() : defaultRange(value);
        replace(new ParameterRow(name, value, range));
    }

    /**
     * Sets the slider range of the parameter {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} is not declared, or unless both ends are finite and min &lt; max
     */
    public void setRange(String name, double min, double max) {
        ParameterRow row = row(name);
        replace(new ParameterRow(name, row.defaultValue(), new SliderRange(min, max)));
    }

    private ParameterRow row(String name) {
        return getRows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name + " in " + getText()));
    }

    private void replace(ParameterRow changed) {
        declared.put(changed.name(), changed);
        rows.set(getRows().stream().map(r -> r.name().equals(changed.name()) ? changed : r).toList());
        parse();
    }

    /** The definition of the text and rows, or the message why there is none. */
    private void parse() {
        if (getText().isBlank()) {
            error.set("");
            return;
        }
        Map<String, Double> defaults = new LinkedHashMap<>();
        Map<String, SliderRange> ranges = new LinkedHashMap<>();
        for (ParameterRow r : getRows()) {
            defaults.put(r.name(), r.defaultValue());
            ranges.put(r.name(), r.range());
        }
        FormulaDefinition parsed;
        try {
            parsed = FormulaDefinition.of(getText(), defaults, ranges);
        } catch (FormulaException e) {
            error.set(e.message(Locale.getDefault()));
            return;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        Optional<String> refused = veto.apply(parsed);
        if (refused.isPresent()) {
            error.set(refused.get());
            return;
        }
        error.set("");
        definition.set(parsed);
    }

    /** The range a formula's own slider gives a parameter of default {@code value} (one rule, the model's). */
    private static SliderRange defaultRange(double value) {
        return FormulaDefinition.of("p", Map.of("p", value), Map.of()).ranges().get("p");
    }
}
