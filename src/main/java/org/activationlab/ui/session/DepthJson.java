package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.ui.depth.DepthState;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/** The Depth tab's {@link DepthState} in a session file; names are the {@code depth} command's. */
public final class DepthJson {
    private DepthJson() {
    }

    public static ObjectNode write(DepthState s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("activation", ActivationJson.write(s.activation()));
        node.put("init", s.init().cliName());
        node.put("std", s.std());
        node.put("layers", s.layers());
        node.put("width", s.width());
        node.put("batchNorm", s.batchNorm().cliName());
        node.put("seed", s.seed());
        node.putObject("bornDead").put("width", s.bornDeadWidth()).put("depth", s.bornDeadDepth())
                .put("trials", s.bornDeadTrials());
        return node;
    }

    /**
     * The state in {@code fields}.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static DepthState read(FieldReader fields) throws JsonFormatException {
        ActivationSpec activation = ActivationJson.read(fields, "activation");
        WeightInit init = fields.parsed("init", WeightInit::parse);
        double std = fields.number("std");
        int layers = fields.integer("layers");
        int width = fields.integer("width");
        BatchNormMode batchNorm = fields.parsed("batchNorm", BatchNormMode::parse);
        long seed = fields.longInteger("seed");
        FieldReader bornDead = fields.object("bornDead");
        int bornDeadWidth = bornDead.integer("width");
        int bornDeadDepth = bornDead.integer("depth");
        int bornDeadTrials = bornDead.integer("trials");
        return fields.validated(() -> new DepthState(activation, init, std, layers, width, batchNorm, seed,
                bornDeadWidth, bornDeadDepth, bornDeadTrials));
    }
}
