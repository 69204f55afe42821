package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.model.FormulaSpec;
import org.activationlab.model.Gate;
import org.activationlab.model.formula.FormulaException;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/**
 * An activation in a session file: {@code {"name": "leaky_relu", "parameters": {"slope": 0.01}}},
 * an {@link ActivationSpec} with its parameters in their canonical order, or a typed formula with its
 * declared parameters, {@code {"formula": "x * tanh(softplus(a * x))", "parameters": {"a": 1}}} (the
 * {@code "formula"} key as in {@code init.json}). A gated unit is written by name with no parameters,
 * {@code {"name": "swiglu", "parameters": {}}}. Reading checks the name against the catalogue, the
 * formula against the formula language, and every value against its parameter's domain.
 */
public final class ActivationJson {
    private static final String NAME = "name";
    private static final String FORMULA = "formula";
    private static final String PARAMETERS = "parameters";

    private ActivationJson() {
    }

    public static ObjectNode write(ActivationSpec spec) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(spec instanceof FormulaSpec ? FORMULA : NAME, spec.name());
        node.set(PARAMETERS, parameters(spec));
        return node;
    }

    /** {@code spec}'s parameter values as an object, e.g. {@code {"alpha": 0.25}}. */
    public static ObjectNode parameters(ActivationSpec spec) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        spec.parameters().forEach(node::put);
        return node;
    }

    /** The activation in the object {@code fields} (see the class comment); parameters left out keep their defaults. */
    public static ActivationSpec read(FieldReader fields) throws JsonFormatException {
        Map<String, Double> parameters = fields.has(PARAMETERS) ? fields.numbers(PARAMETERS) : Map.of();
        if (fields.has(FORMULA)) {
            return formula(fields, FORMULA, PARAMETERS, fields.nonBlankText(FORMULA), parameters);
        }
        return create(fields, NAME, PARAMETERS, fields.text(NAME), parameters);
    }

    /**
     * The formula {@code text} with its declared {@code parameters}, refused as field
     * {@code formulaField} of {@code fields} when the text leaves the formula language (the
     * message marks the position), or as {@code parametersField} when a parameter is refused.
     */
    static ActivationSpec formula(FieldReader fields, String formulaField, String parametersField, String text,
                                  Map<String, Double> parameters) throws JsonFormatException {
        try {
            return ActivationSpec.formula(text, parameters);
        } catch (FormulaException e) {
            throw fields.invalid(formulaField, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw fields.invalid(parametersField, e.getMessage());
        }
    }

    /** The activation in field {@code field} of {@code fields}. */
    public static ActivationSpec read(FieldReader fields, String field) throws JsonFormatException {
        return read(fields.object(field));
    }

    /**
     * The catalogue function {@code name} with {@code parameters}, refused as field
     * {@code nameField} of {@code fields} when the name is unknown, or as {@code parametersField}
     * when a parameter is unknown or a value is outside its parameter's domain.
     */
    static ActivationSpec create(FieldReader fields, String nameField, String parametersField, String name,
                             Map<String, Double> parameters) throws JsonFormatException {
        if (!ActivationSpec.isKnownName(name)) {
            throw fields.invalid(nameField, "unknown activation \"" + name + "\"; known: "
                    + String.join(", ", Catalogue.names()) + "; gated units: " + String.join(", ", Gate.names()));
        }
        try {
            return ActivationSpec.of(name, parameters);
        } catch (IllegalArgumentException e) {
            throw fields.invalid(parametersField, e.getMessage());
        }
    }
}
