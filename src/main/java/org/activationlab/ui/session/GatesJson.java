package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.activationlab.nn.neuron.GateFunction;
import org.activationlab.ui.gates.GatesState;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/** The Gates tab's {@link GatesState} in a session file. */
public final class GatesJson {
    private GatesJson() {
    }

    public static ObjectNode write(GatesState s) {
        return JsonNodeFactory.instance.objectNode()
                .put("gate", s.gate().name().toLowerCase(Locale.ROOT))
                .put("gatePreActivation", s.gatePreActivation())
                .put("candidatePreActivation", s.candidatePreActivation())
                .put("forgetPreActivation", s.forgetPreActivation());
    }

    /**
     * The state in {@code fields}.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static GatesState read(FieldReader fields) throws JsonFormatException {
        GateFunction gate = fields.constant("gate", GateFunction.class);
        double a = fields.number("gatePreActivation");
        double c = fields.number("candidatePreActivation");
        double f = fields.number("forgetPreActivation");
        return fields.validated(() -> new GatesState(gate, a, c, f));
    }
}
