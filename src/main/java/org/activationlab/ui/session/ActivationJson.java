package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/**
 * An activation in a session file: {@code {"name": "leaky_relu", "parameters": {"slope": 0.01}}},
 * the parameters in the function's own order (Maxout's {@code k} first, then its pieces).
 * Reading checks the name against the catalogue and every value against its parameter's domain.
 */
public final class ActivationJson {
    private ActivationJson() {
    }

    public static ObjectNode write(Activation activation) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", activation.name());
        node.set("parameters", parameters(activation));
        return node;
    }

    /** {@code activation}'s parameter values as an object, e.g. {@code {"alpha": 0.25}}. */
    public static ObjectNode parameters(Activation activation) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        activation.parameterValues().forEach(node::put);
        return node;
    }

    /** The activation in the object {@code fields} (see the class comment); parameters left out keep their defaults. */
    public static Activation read(FieldReader fields) throws JsonFormatException {
        String name = fields.text("name");
        Map<String, Double> parameters = fields.has("parameters") ? fields.numbers("parameters") : Map.of();
        return create(fields, "name", "parameters", name, parameters);
    }

    /** The activation in field {@code field} of {@code fields}. */
    public static Activation read(FieldReader fields, String field) throws JsonFormatException {
        return read(fields.object(field));
    }

    /**
     * The catalogue function {@code name} with {@code parameters}, refused as field
     * {@code nameField} of {@code fields} when the name is unknown, or as {@code parametersField}
     * when a parameter is unknown or a value is outside its parameter's domain.
     */
    static Activation create(FieldReader fields, String nameField, String parametersField, String name,
                             Map<String, Double> parameters) throws JsonFormatException {
        if (!Catalogue.contains(name)) {
            throw fields.invalid(nameField, "unknown activation \"" + name + "\"; known: "
                    + String.join(", ", Catalogue.names()));
        }
        try {
            return Catalogue.create(name, parameters);
        } catch (IllegalArgumentException e) {
            throw fields.invalid(parametersField, e.getMessage());
        }
    }
}
