package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.CatalogueSpec;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.properties.PropertiesState;

/**
 * The Properties tab's {@link PropertiesState} in a session file:
 * {@code {"filter": "lu", "selected": "elu", "parameters": {"elu": {"alpha": 0.5}}}}.
 * {@code "selected"} is null when no row is; {@code "parameters"} holds the values set in the
 * details pane by function, and may be left out (version 0.1.0 did not write it: every function
 * then has its defaults). A row may be one of the user's library formulas, selected by its text;
 * the values set for such a formula are the library's business and are not written here.
 */
public final class PropertiesJson {
    private PropertiesJson() {
    }

    public static ObjectNode write(PropertiesState s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("filter", s.filter());
        s.selected().ifPresentOrElse(name -> node.put("selected", name), () -> node.putNull("selected"));
        ObjectNode parameters = node.putObject("parameters");
        s.parameters().forEach((name, spec) -> {
            if (spec instanceof CatalogueSpec) {
                parameters.set(name, ActivationJson.parameters(spec));
            }
        });
        return node;
    }

    /**
     * The state in {@code fields}.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static PropertiesState read(FieldReader fields) throws JsonFormatException {
        String filter = fields.text("filter");
        Optional<String> selected = fields.has("selected") ? Optional.of(fields.text("selected")) : Optional.empty();
        Map<String, ActivationSpec> parameters = new LinkedHashMap<>();
        if (fields.has("parameters")) {
            FieldReader functions = fields.object("parameters");
            for (String name : functions.names()) {
                parameters.put(name, ActivationJson.create(functions, name, name, name, functions.numbers(name)));
            }
        }
        return fields.validated(() -> new PropertiesState(filter, selected, parameters));
    }
}
