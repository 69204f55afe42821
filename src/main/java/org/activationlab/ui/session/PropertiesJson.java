package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/** The Properties tab's {@link PropertiesSettings} in a session file; {@code "selected"} is null when no row is. */
public final class PropertiesJson {
    private PropertiesJson() {
    }

    public static ObjectNode write(PropertiesSettings s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("filter", s.filter());
        s.selected().ifPresentOrElse(name -> node.put("selected", name), () -> node.putNull("selected"));
        return node;
    }

    /**
     * The settings in {@code fields}.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static PropertiesSettings read(FieldReader fields) throws JsonFormatException {
        String filter = fields.text("filter");
        Optional<String> selected = fields.has("selected") ? Optional.of(fields.text("selected")) : Optional.empty();
        return fields.validated(() -> new PropertiesSettings(filter, selected));
    }
}
