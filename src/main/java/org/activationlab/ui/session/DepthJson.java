package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.depth.BatchNormMode;
import org.activationlab.nn.depth.DepthConfig;
import org.activationlab.nn.depth.WeightInit;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/** The Depth tab's {@link DepthSettings} in a session file; names are the {@code depth} command's. */
public final class DepthJson {
    private DepthJson() {
    }

    public static ObjectNode write(DepthSettings s) {
        DepthConfig c = s.study();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("activation", ActivationJson.write(ActivationSpec.of(c.activation())));
        node.put("init", c.init().cliName());
        node.put("std", c.std());
        node.put("layers", c.layers());
        node.put("width", c.width());
        node.put("batchNorm", c.batchNorm().cliName());
        node.put("seed", c.seed());
        node.putObject("bornDead").put("width", s.bornDeadWidth()).put("depth", s.bornDeadDepth())
                .put("trials", s.bornDeadTrials());
        return node;
    }

    /**
     * The settings in {@code fields}.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static DepthSettings read(FieldReader fields) throws JsonFormatException {
        Activation activation = ActivationJson.read(fields, "activation").resolve();
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
        return fields.validated(() -> new DepthSettings(
                new DepthConfig(activation, init, std, layers, width, batchNorm, seed),
                bornDeadWidth, bornDeadDepth, bornDeadTrials));
    }
}
