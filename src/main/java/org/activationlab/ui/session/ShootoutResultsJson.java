package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.activationlab.shootout.RunKey;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.ui.Messages;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.json.JsonKeys;
import org.activationlab.ui.shootout.ShootoutState;

/**
 * The {@code "shootout"} part of a session: the Shoot-out tab's settings ({@link ShootoutJson}) and,
 * in an optional field {@code "results"}, the runs of the last shoot-out when they were run with those
 * settings, so that opening the session shows them again without running them (the layout is in
 * {@code docs/session-format.md}).
 *
 * <p>{@code "results"} holds a copy of the settings the runs were made with, whether they all finished,
 * and one object per finished run in the plan's order: what the runs table shows, the shares of dead and
 * saturated units the box plots show, the validation loss that chooses a grid's rate (only when the
 * rate is tuned) and the recorded loss curve the median curves are drawn from (only for runs at the rate
 * their activation gets, the only curves a figure draws). Numbers are written so that they read back
 * to the same double (Jackson prints {@link Double#toString}), so every statistic, verdict and figure
 * computed from them is the one computed before; NaN and the infinities, which JSON has no number for,
 * are the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}.
 *
 * <p>The results are refused, and the settings kept, when the copy of the settings differs from the
 * settings (a hand-edited file: the runs would not be the settings' runs) or a value is out of place; the
 * refusal names the field. An older session, without {@code "results"}, opens as before.
 */
public final class ShootoutResultsJson {
    /** How long a value quoted in a refusal may be. */
    private static final int QUOTED = 60;
    /**
     * The most numbers a session keeps of a shoot-out's runs: at about 22 bytes each as written, some
     * 11 MB, so that the file stays under the {@value SessionFile#MAX_BYTES}-byte limit of what opens
     * (about 5,000 runs with a 101-point curve).
     */
    static final int MAX_VALUES = 500_000;
    /** The numbers of a run besides its curve, at most. */
    private static final int RUN_VALUES = 9;

    private ShootoutResultsJson() {
    }

    /**
     * What a session keeps of the Shoot-out tab.
     *
     * @param settings the tab's settings
     * @param results the runs of the last shoot-out when they were run with {@code settings}
     * @param refusal after opening a file, why its results were refused (the settings were not), naming the field
     */
    public record Saved(ShootoutState settings, Optional<ShootoutResult> results, Optional<String> refusal) {
        public Saved {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(results, "results");
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** The part: the settings, and the results when there are any. */
    public static ObjectNode write(Saved saved) {
        ObjectNode node = ShootoutJson.write(saved.settings());
        saved.results().ifPresent(r -> node.set("results", results(r, saved.settings())));
        return node;
    }

    /**
     * The part in {@code fields}: the settings, refused as a whole when a setting is bad, and the results,
     * whose refusal keeps the settings and is returned as {@link Saved#refusal()}.
     *
     * @throws JsonFormatException naming the setting, its value and what is allowed
     */
    public static Saved read(FieldReader fields) throws JsonFormatException {
        ShootoutState settings = ShootoutJson.read(fields);
        if (!fields.has("results")) {
            return new Saved(settings, Optional.empty(), Optional.empty());
        }
        try {
            // Read on its own: a refused result's fields are not "fields this version does not know".
            FieldReader results = FieldReader.of(fields.raw("results"), fields.pointer("results"));
            return new Saved(settings, Optional.of(results(results, settings)), Optional.empty());
        } catch (JsonFormatException e) {
            return new Saved(settings, Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    /**
     * Whether a session can keep {@code result}: at most {@link #MAX_VALUES} numbers, counting each run's
     * and the curves kept (those at the rate chosen).
     */
    public static boolean fits(ShootoutResult result) {
        long values = (long) result.runs().size() * RUN_VALUES;
        for (RunResult run : result.runs()) {
            values += result.isSelected(run) ? run.curve().length : 0;
        }
        return values <= MAX_VALUES;
    }

    /** The {@code "results"} object of {@code result}, whose runs were made with {@code settings}. */
    static ObjectNode results(ShootoutResult result, ShootoutState settings) {
        ShootoutPlan plan = result.plan();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("settings", ShootoutJson.write(settings));
        node.put("complete", result.complete());
        ArrayNode runs = node.putArray("runs");
        for (RunResult r : result.runs()) {
            ObjectNode run = runs.addObject();
            run.put("run", r.key().index());
            run.set("finalLoss", number(r.finalLoss()));
            run.set("testLoss", number(r.testLoss()));
            run.set("testAccuracy", number(r.testAccuracy()));
            r.stepsToTarget().ifPresent(s -> run.put("stepsToTarget", s));
            run.set("deadShare", number(r.deadShare()));
            run.set("saturatedShare", number(r.saturatedShare()));
            r.divergedStep().ifPresent(s -> run.put("divergedStep", s));
            if (plan.tunesRate()) {
                run.set("validationLoss", number(r.validationLoss()));
            }
            if (result.isSelected(r)) {
                ArrayNode curve = run.putArray("curve");
                for (double v : r.curve()) {
                    curve.add(number(v));
                }
            }
        }
        return node;
    }

    /**
     * The results in {@code fields}, the runs of {@code settings}' plan.
     *
     * @throws JsonFormatException naming the field that does not fit the settings or is out of range
     */
    static ShootoutResult results(FieldReader fields, ShootoutState settings) throws JsonFormatException {
        FieldReader ranWith = fields.object("settings");
        sameSettings(ranWith, ShootoutJson.read(ranWith), settings);
        if (!settings.runnable()) {
            throw fields.invalid(Messages.get(SessionKeys.RESULTS_NOTHING_RUN));
        }
        ShootoutPlan plan = settings.plan();
        boolean complete = fields.bool("complete");
        List<JsonNode> elements = fields.list("runs", true);
        List<RunResult> runs = new ArrayList<>();
        List<FieldReader> readers = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < elements.size(); i++) {
            FieldReader run = fields.element("runs", i, elements.get(i));
            int index = run.integer("run");
            if (index < next || index >= plan.runCount()) {
                throw run.invalid("run", Messages.format(SessionKeys.RESULTS_RUN, Integer.toString(next),
                        Integer.toString(plan.runCount() - 1), Integer.toString(index)));
            }
            next = index + 1;
            runs.add(run(run, plan, plan.key(index)));
            readers.add(run);
        }
        if (complete && runs.size() != plan.runCount()) {
            throw fields.invalid("complete", Messages.format(SessionKeys.RESULTS_INCOMPLETE,
                    Integer.toString(runs.size()), Integer.toString(plan.runCount())));
        }
        ShootoutResult result = new ShootoutResult(plan, runs, complete);
        for (int i = 0; i < runs.size(); i++) {
            if (result.isSelected(runs.get(i)) && runs.get(i).curve().length == 0) {
                throw readers.get(i).invalid("curve", Messages.get(SessionKeys.RESULTS_CURVE_MISSING));
            }
        }
        return result;
    }

    /** Refuses the results when the settings they were run with differ from {@code settings}, naming the first field. */
    private static void sameSettings(FieldReader ranWith, ShootoutState ran, ShootoutState settings)
            throws JsonFormatException {
        ObjectNode was = ShootoutJson.write(ran);
        ObjectNode now = ShootoutJson.write(settings);
        for (Iterator<String> names = now.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!now.get(name).equals(was.get(name))) {
                throw ranWith.invalid(name, Messages.format(SessionKeys.RESULTS_OTHER_SETTINGS, quoted(was.get(name)),
                        quoted(now.get(name))));
            }
        }
    }

    private static RunResult run(FieldReader run, ShootoutPlan plan, RunKey key) throws JsonFormatException {
        double finalLoss = number(run, "finalLoss");
        double testLoss = number(run, "testLoss");
        double testAccuracy = share(run, "testAccuracy");
        OptionalInt stepsToTarget = step(run, "stepsToTarget", plan);
        double dead = share(run, "deadShare");
        double saturated = share(run, "saturatedShare");
        OptionalInt diverged = step(run, "divergedStep", plan);
        double validationLoss = plan.tunesRate() ? number(run, "validationLoss") : Double.NaN;
        double[] curve = new double[0];
        if (run.has("curve")) {
            List<JsonNode> values = run.list("curve", false);
            int points = plan.recordedSteps().length;
            if (values.size() != points) {
                throw run.invalid("curve", Messages.format(SessionKeys.RESULTS_CURVE_LENGTH, Integer.toString(points),
                        Integer.toString(values.size())));
            }
            curve = new double[points];
            for (int k = 0; k < points; k++) {
                curve[k] = number(values.get(k), run.pointer("curve", k));
            }
        }
        return new RunResult(key, finalLoss, testLoss, testAccuracy, stepsToTarget, dead, saturated, diverged, curve,
                validationLoss);
    }

    /** {@code v} as a JSON number, or as the string {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"}. */
    static JsonNode number(double v) {
        return Double.isFinite(v) ? JsonNodeFactory.instance.numberNode(v)
                : JsonNodeFactory.instance.textNode(Double.toString(v));
    }

    private static double number(FieldReader run, String name) throws JsonFormatException {
        return number(run.raw(name), run.pointer(name));
    }

    /** The double {@link #number(double)} wrote. */
    static double number(JsonNode value, String where) throws JsonFormatException {
        if (value.isTextual()) {
            switch (value.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        if (!value.isNumber()) {
            throw new JsonFormatException(where, Messages.format(SessionKeys.RESULTS_NUMBER, FieldReader.describe(value)),
                    null);
        }
        return value.doubleValue();
    }

    /** A share from 0 to 1, or NaN (a regression task's accuracy, a diverged run's units). */
    private static double share(FieldReader run, String name) throws JsonFormatException {
        double v = number(run, name);
        if (!Double.isNaN(v) && !(v >= 0 && v <= 1)) {
            throw run.invalid(name, Messages.format(SessionKeys.RESULTS_SHARE, FieldReader.describe(run.raw(name))));
        }
        return v;
    }

    /** A step from 0 to the plan's steps, or empty when the field is absent. */
    private static OptionalInt step(FieldReader run, String name, ShootoutPlan plan) throws JsonFormatException {
        if (!run.has(name)) {
            return OptionalInt.empty();
        }
        int step = run.integer(name);
        if (step < 0 || step > plan.steps()) {
            throw run.invalid(name, Messages.format(JsonKeys.EXPECTED_WHOLE, "0", Integer.toString(plan.steps()),
                    Integer.toString(step)));
        }
        return OptionalInt.of(step);
    }

    private static String quoted(JsonNode value) {
        String text = value == null ? Messages.get(JsonKeys.VALUE_NOTHING) : value.toString();
        return text.length() > QUOTED ? text.substring(0, QUOTED) + "\u2026" : text;
    }
}
