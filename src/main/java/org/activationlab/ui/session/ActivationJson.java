package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/**
 * An activation in a session file: {@code {"name": "leaky_relu", "parameters": {"slope": 0.01}}},
 * an {@link ActivationSpec} with its parameters in their canonical order. Reading checks the name
 * against the catalogue and every value against its parameter's domain.
 */
public final class ActivationJson {
    private ActivationJson() {
    }

    public static ObjectNode write(ActivationSpec spec) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", spec.name());
        node.set("parameters", parameters(spec));
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
        String name = fields.text("name");
        Map<String, Double> parameters = fields.has("parameters") ? fields.numbers("parameters") : Map.of();
        return create(fields, "name", "parameters", name, parameters);
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
        if (!Catalogue.contains(name)) {
            throw fields.invalid(nameField, "unknown activation \"" + name + "\"; known: "
                    + String.join(", ", Catalogue.names()));
        }
        try {
            return ActivationSpec.of(name, parameters);
        } catch (IllegalArgumentException e) {
            throw fields.invalid(parametersField, e.getMessage());
        }
    }
}
