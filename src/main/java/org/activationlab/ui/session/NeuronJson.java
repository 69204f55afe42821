package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.neuron.LogicTarget;
import org.activationlab.ui.neuron.NeuronState;

/** The Neuron tab's {@link NeuronState} in a session file. */
public final class NeuronJson {
    private NeuronJson() {
    }

    public static ObjectNode write(NeuronState s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("activation", ActivationJson.write(s.activation()));
        node.put("w1", s.w1());
        node.put("w2", s.w2());
        node.put("bias", s.bias());
        node.put("target", s.target().name().toLowerCase(Locale.ROOT));
        ObjectNode collapse = node.putObject("collapse");
        collapse.put("layers", s.collapseLayers());
        collapse.set("activation", ActivationJson.write(s.collapseActivation()));
        collapse.put("seed", s.collapseSeed());
        return node;
    }

    /**
     * The state in {@code fields}.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static NeuronState read(FieldReader fields) throws JsonFormatException {
        ActivationSpec activation = ActivationJson.read(fields, "activation");
        double w1 = fields.number("w1");
        double w2 = fields.number("w2");
        double bias = fields.number("bias");
        LogicTarget target = fields.constant("target", LogicTarget.class);
        FieldReader collapse = fields.object("collapse");
        int layers = collapse.integer("layers");
        ActivationSpec collapseActivation = ActivationJson.read(collapse, "activation");
        long seed = collapse.longInteger("seed");
        return fields.validated(() -> new NeuronState(activation, w1, w2, bias, target, layers, collapseActivation,
                seed));
    }
}
