package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.activationlab.model.Gate;
import org.activationlab.ui.curves.gated.GatedState;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/**
 * The Curves tab's two-input view of the gated units ({@link GatedState}) in a session file:
 * {@code {"unit": "swiglu", "aMin": -4, "aMax": 4, "bMin": -4, "bMax": 4, "showing": true}}.
 */
public final class GatedJson {
    private GatedJson() {
    }

    public static ObjectNode write(GatedState s) {
        return JsonNodeFactory.instance.objectNode()
                .put("unit", s.unit().unitName())
                .put("aMin", s.aMin())
                .put("aMax", s.aMax())
                .put("bMin", s.bMin())
                .put("bMax", s.bMax())
                .put("showing", s.showing());
    }

    /**
     * The state in {@code fields}.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static GatedState read(FieldReader fields) throws JsonFormatException {
        Gate unit = fields.constant("unit", Gate.class);
        double aMin = fields.number("aMin");
        double aMax = fields.number("aMax");
        double bMin = fields.number("bMin");
        double bMax = fields.number("bMax");
        boolean showing = fields.bool("showing", false);
        return fields.validated(() -> new GatedState(unit, aMin, aMax, bMin, bMax, showing));
    }
}
