package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.training.TrainingState;

/**
 * The Training tab's {@link TrainingState} in a session file, with the step its run had reached.
 * Names are the command line's ({@code "circle"}, {@code "he_normal"}, {@code "uniform:0.5"},
 * {@code "adam"}), so a session's settings read like an {@code activation-lab train} call.
 * {@code "compareUnits"}, the compared network's widths after a match of the parameter counts, is
 * written only when they differ from the network's own (files without it compare equal widths);
 * {@code "matchedFrom"}, the widths that match was made against, only when it shrank the network's
 * own gated layers (files without it have no match to keep, as files saved before it existed).
 */
public final class TrainingJson {
    private TrainingJson() {
    }

    /**
     * What a session keeps of the Training tab. The weights are not stored: the state's data and
     * weight seeds make the run replay exactly, and {@code step} says how far to replay it.
     *
     * @param state the settings
     * @param step how many steps the run had taken, 0 or more
     */
    public record Saved(TrainingState state, int step) {
        public Saved {
            Objects.requireNonNull(state, "state");
            if (step < 0) {
                throw new IllegalArgumentException("the step must be a whole number >= 0, got " + step);
            }
        }
    }

    public static ObjectNode write(Saved saved) {
        TrainingState s = saved.state();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("task", s.task().cliName());
        node.put("points", s.points());
        node.put("noise", s.noise());
        node.put("testFraction", s.testFraction());
        node.put("dataSeed", s.dataSeed());
        ArrayNode layers = node.putArray("layers");
        for (TrainingState.Layer layer : s.layers()) {
            layers.addObject().put("units", layer.units()).set("activation", ActivationJson.write(layer.activation()));
        }
        node.put("initializer", s.initializer().toString());
        node.put("biasInit", s.biasInit());
        node.put("optimizer", s.optimizer().cliName());
        node.put("learningRate", s.learningRate());
        node.put("batchSize", s.batchSize());
        node.put("l2", s.l2());
        node.put("seed", s.seed());
        node.put("speed", s.speed());
        node.put("step", saved.step());
        s.comparison().ifPresentOrElse(a -> node.set("compare", ActivationJson.write(a)), () -> node.putNull("compare"));
        if (!s.comparisonUnits().isEmpty()) {
            ArrayNode units = node.putArray("compareUnits");
            s.comparisonUnits().forEach(units::add);
        }
        if (!s.matchedFrom().isEmpty()) {
            ArrayNode units = node.putArray("matchedFrom");
            s.matchedFrom().forEach(units::add);
        }
        return node;
    }

    /**
     * The settings and step in {@code fields}.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static Saved read(FieldReader fields) throws JsonFormatException {
        Task task = fields.parsed("task", Task::byName);
        int points = fields.integer("points");
        double noise = fields.number("noise");
        double testFraction = fields.number("testFraction");
        long dataSeed = fields.longInteger("dataSeed");
        List<TrainingState.Layer> layers = new ArrayList<>();
        for (FieldReader layer : fields.objects("layers")) {
            int units = layer.integer("units");
            ActivationSpec activation = ActivationJson.read(layer, "activation");
            layers.add(layer.validated(() -> new TrainingState.Layer(units, activation)));
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
        Optional<ActivationSpec> comparison = fields.has("compare")
                ? Optional.of(ActivationJson.read(fields, "compare")) : Optional.empty();
        List<Integer> comparisonUnits = fields.has("compareUnits") ? fields.integers("compareUnits") : List.of();
        List<Integer> matchedFrom = fields.has("matchedFrom") ? fields.integers("matchedFrom") : List.of();
        return fields.validated(() -> new Saved(new TrainingState(task, points, noise, testFraction, dataSeed, layers,
                initializer, biasInit, optimizer, learningRate, batchSize, l2, seed, comparison, comparisonUnits,
                matchedFrom, speed), step));
    }
}
