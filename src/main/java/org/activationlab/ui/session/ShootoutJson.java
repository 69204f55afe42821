package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Initializer;
import org.activationlab.nn.OptimizerKind;
import org.activationlab.nn.Task;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.shootout.ShootoutState;
import org.activationlab.ui.shootout.TaskFile;

/**
 * The Shoot-out tab's {@link ShootoutState} in a session file. Names are the {@code shootout}
 * command's ({@code "circle"}, {@code "he_normal"}, {@code "adam"}; {@code "default"} for each
 * activation's default initialiser) and activations are written as everywhere in a session
 * ({@link ActivationJson}); CSV files among the tasks are kept by path and read again when the file
 * opens. Every value is checked when the file opens, and a refusal names its field.
 */
public final class ShootoutJson {
    /** The initialiser field's value for each activation's default. */
    static final String DEFAULT_INITIALIZER = "default";
    /** The optional field of the CSV files among the tasks (absent when there are none, as in older files). */
    static final String FILES = "files";

    private ShootoutJson() {
    }

    public static ObjectNode write(ShootoutState s) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode activations = node.putArray("activations");
        s.activations().forEach(a -> activations.add(ActivationJson.write(a)));
        ArrayNode tasks = node.putArray("tasks");
        s.tasks().forEach(t -> tasks.add(t.cliName()));
        if (!s.files().isEmpty()) {
            ArrayNode files = node.putArray(FILES);
            s.files().forEach(f -> files.add(f.path().toString()));
        }
        node.put("layers", s.layers());
        node.put("units", s.units());
        node.put("matchParameters", s.matchParameters());
        node.put("initializer", s.initializer().map(Initializer::toString).orElse(DEFAULT_INITIALIZER));
        node.put("optimizer", s.optimizer().cliName());
        node.put("batch", s.batch());
        node.put("steps", s.steps());
        node.put("seeds", s.seeds());
        node.put("learningRate", s.learningRate());
        ArrayNode grid = node.putArray("rateGrid");
        s.rateGrid().forEach(grid::add);
        node.put("tuneRate", s.tuneRate());
        node.set("baseline", ActivationJson.write(s.baseline()));
        node.put("targetAccuracy", s.targetAccuracy());
        return node;
    }

    /**
     * The settings in {@code fields}.
     *
     * @throws JsonFormatException naming the field, the value and what is allowed
     */
    public static ShootoutState read(FieldReader fields) throws JsonFormatException {
        List<ActivationSpec> activations = new ArrayList<>();
        for (FieldReader activation : fields.objects("activations")) {
            ActivationSpec spec = ActivationJson.read(activation);
            if (activations.contains(spec)) {
                throw activation.invalid(spec.name() + " is listed twice");
            }
            activations.add(spec);
        }
        List<Task> tasks = new ArrayList<>();
        List<JsonNode> taskNames = fields.list("tasks", false);
        for (int i = 0; i < taskNames.size(); i++) {
            String where = fields.pointer("tasks", i);
            String name = FieldReader.text(taskNames.get(i), where, true);
            try {
                Task task = Task.byName(name);
                if (tasks.contains(task)) {
                    throw new JsonFormatException(where, name + " is listed twice", null);
                }
                tasks.add(task);
            } catch (IllegalArgumentException e) {
                throw new JsonFormatException(where, e.getMessage(), null);
            }
        }
        List<TaskFile> files = files(fields);
        int layers = bounded(fields, "layers", 1, ShootoutState.MAX_LAYERS);
        int units = bounded(fields, "units", 1, ShootoutState.MAX_UNITS);
        boolean matchParameters = fields.bool("matchParameters");
        Optional<Initializer> initializer = fields.parsed("initializer", text -> text.strip().equals(DEFAULT_INITIALIZER)
                ? Optional.empty() : Optional.of(Initializer.parse(text)));
        OptimizerKind optimizer = fields.parsed("optimizer", OptimizerKind::byName);
        int batch = bounded(fields, "batch", 0, Integer.MAX_VALUE);
        int steps = bounded(fields, "steps", 1, ShootoutState.MAX_STEPS);
        int seeds = bounded(fields, "seeds", 1, ShootoutState.MAX_SEEDS);
        double learningRate = positive(fields, "learningRate");
        List<Double> grid = new ArrayList<>();
        List<JsonNode> rates = fields.list("rateGrid", true);
        for (int i = 0; i < rates.size(); i++) {
            String where = fields.pointer("rateGrid", i);
            double rate = FieldReader.number(rates.get(i), where);
            if (!(rate > 0) || !grid.isEmpty() && rate <= grid.get(grid.size() - 1)) {
                throw new JsonFormatException(where, "expected a rate > 0 and above the one before it, got " + rate, null);
            }
            grid.add(rate);
        }
        if (grid.size() < 2) {
            throw fields.invalid("rateGrid", "expected two or more rates, got " + grid.size());
        }
        boolean tuneRate = fields.bool("tuneRate");
        ActivationSpec baseline = ActivationJson.read(fields, "baseline");
        double target = fields.number("targetAccuracy");
        if (!(target > 0 && target <= 1)) {
            throw fields.invalid("targetAccuracy", "expected a number in (0, 1], got " + target);
        }
        return fields.validated(() -> new ShootoutState(activations, tasks, files, layers, units, matchParameters,
                initializer, optimizer, batch, steps, seeds, learningRate, grid, tuneRate, baseline, target));
    }

    /**
     * The CSV files of the optional field {@value #FILES}, each read now; a file that cannot be read (moved,
     * deleted, changed into a bad file) is kept with the reason, for the tab to show, and left out of the runs.
     */
    private static List<TaskFile> files(FieldReader fields) throws JsonFormatException {
        List<TaskFile> files = new ArrayList<>();
        if (!fields.has(FILES)) {
            return files;
        }
        List<JsonNode> paths = fields.list(FILES, false);
        for (int i = 0; i < paths.size(); i++) {
            String where = fields.pointer(FILES, i);
            String text = FieldReader.text(paths.get(i), where, true);
            Path path;
            try {
                path = Path.of(text);
            } catch (InvalidPathException e) {
                throw new JsonFormatException(where, e.getMessage(), null);
            }
            if (files.stream().anyMatch(f -> f.isFile(path))) {
                throw new JsonFormatException(where, text + " is listed twice", null);
            }
            files.add(TaskFile.read(path));
        }
        return files;
    }

    private static int bounded(FieldReader fields, String name, int min, int max) throws JsonFormatException {
        int value = fields.integer(name);
        if (value < min || value > max) {
            throw fields.invalid(name, max == Integer.MAX_VALUE ? "expected a whole number >= " + min + ", got " + value
                    : "expected a whole number from " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    private static double positive(FieldReader fields, String name) throws JsonFormatException {
        double value = fields.number(name);
        if (!(value > 0)) {
            throw fields.invalid(name, "expected a number > 0, got " + value);
        }
        return value;
    }
}
