package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.training.TrainingSetup;

/**
 * The Training tab's {@link TrainingSettings} in a session file. Names are the command line's
 * ({@code "circle"}, {@code "he_normal"}, {@code "uniform:0.5"}, {@code "adam"}), so a session's
 * settings read like an {@code activation-lab train} call.
 */
public final class TrainingJson {
    private TrainingJson() {
    }

    public static ObjectNode write(TrainingSettings settings) {
        TrainingSetup s = settings.setup();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("task", s.task().cliName());
        node.put("points", s.points());
        node.put("noise", s.noise());
        node.put("testFraction", s.testFraction());
        node.put("dataSeed", s.dataSeed());
        ArrayNode layers = node.putArray("layers");
        for (TrainingSetup.Layer layer : s.layers()) {
            layers.addObject().put("units", layer.units()).set("activation", ActivationJson.write(ActivationSpec.of(layer.activation())));
        }
        node.put("initializer", s.initializer().toString());
        node.put("biasInit", s.biasInit());
        node.put("optimizer", s.optimizer().cliName());
        node.put("learningRate", s.learningRate());
        node.put("batchSize", s.batchSize());
        node.put("l2", s.l2());
        node.put("seed", s.seed());
        node.put("speed", settings.speed());
        node.put("step", settings.step());
        settings.comparison().ifPresentOrElse(a -> node.set("compare", ActivationJson.write(ActivationSpec.of(a))), () -> node.putNull("compare"));
        return node;
    }

    /**
     * The settings in {@code fields}.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static TrainingSettings read(FieldReader fields) throws JsonFormatException {
        Task task = fields.parsed("task", Task::byName);
        int points = fields.integer("points");
        double noise = fields.number("noise");
        double testFraction = fields.number("testFraction");
        long dataSeed = fields.longInteger("dataSeed");
        List<TrainingSetup.Layer> layers = new ArrayList<>();
        for (FieldReader layer : fields.objects("layers")) {
            int units = layer.integer("units");
            Activation activation = ActivationJson.read(layer, "activation").resolve();
            layers.add(layer.validated(() -> new TrainingSetup.Layer(units, activation)));
        }
        Initializer initializer = fields.parsed("initializer", Initializer::parse);
        double biasInit = fields.number("biasInit");
        OptimizerKind optimizer = fields.parsed("optimizer", OptimizerKind::byName);
        double learningRate = fields.number("learningRate");
        int batchSize = fields.integer("batchSize");
        double l2 = fields.number("l2");
        long seed = fields.longInteger("seed");
        int speed = fields.integer("speed");
        int step = fields.has("step") ? fields.integer("step") : 0;
        Optional<Activation> comparison = fields.has("compare")
                ? Optional.of(ActivationJson.read(fields, "compare").resolve()) : Optional.empty();
        return fields.validated(() -> new TrainingSettings(new TrainingSetup(task, points, noise, testFraction, dataSeed,
                layers, initializer, biasInit, optimizer, learningRate, batchSize, l2, seed), comparison, speed, step));
    }
}
