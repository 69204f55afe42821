package org.activationlab.ui.session;

import static org.activationlab.ExactDoubles.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Task;
import org.activationlab.plot.shootout.ShootoutFigure;
import org.activationlab.plot.shootout.ShootoutFigures;
import org.activationlab.shootout.Contender;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutCsv;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.shootout.ShootoutResult;
import org.activationlab.shootout.ShootoutRunner;
import org.activationlab.shootout.SummaryRow;
import org.activationlab.shootout.Verdicts;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.json.JsonText;
import org.activationlab.ui.shootout.ShootoutState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Shoot-out tab's results in a session ({@link ShootoutResultsJson}): every run reads back to the
 * same doubles, bit for bit, so the summary, verdicts, figures and CSV files computed from them are
 * the ones computed before saving; results that do not fit the settings are refused by their field
 * while the settings open; the session this version wrote (a fixture) opens to the runs a new
 * shoot-out makes.
 */
class ShootoutResultsJsonTest {
    /** A session with results, written by this version (relu against tanh with a rate grid). */
    static final String FIXTURE = "src/test/resources/org/activationlab/fixtures/shootout-results/shootout.alab";
    /** A classification and a regression task (whose accuracy is NaN), two contenders, three seeds. */
    private static final ShootoutState SMALL = ShootoutState.INITIAL.withTasks(List.of(Task.CIRCLE, Task.SIN))
            .withSeeds(3).withSteps(30);
    /** A grid of rates: validation losses choose the rate, and only the chosen runs' curves are kept. */
    private static final ShootoutState GRID = ShootoutState.INITIAL.withSeeds(3).withSteps(40).withTuneRate(true)
            .withGridRate(0.01, false).withGridRate(0.1, false);
    /** A rate that makes runs diverge: NaN and infinite losses. */
    private static final ShootoutState DIVERGING = ShootoutState.INITIAL
            .withActivations(List.of(ActivationSpec.of("relu"), ActivationSpec.of("identity")))
            .withLearningRate(100.0).withSeeds(3).withSteps(60);

    private static ShootoutResult run(ShootoutState settings) {
        return ShootoutRunner.run(settings.plan(), Runnable::run, () -> false, (r, done, total) -> { });
    }

    @TempDir
    Path dir;

    /** The part of {@code settings} with {@code result}, as a session file keeps it and opening reads it. */
    private JsonNode saved(ShootoutState settings, ShootoutResult result) throws Exception {
        ObjectNode part = ShootoutResultsJson.write(new ShootoutResultsJson.Saved(settings, Optional.of(result),
                Optional.empty()));
        Path file = dir.resolve("shootout.alab");
        SessionFile.write(file, SessionFile.envelope("test", JsonText.MAPPER.createObjectNode().set("shootout", part)));
        return SessionFile.read(file).parts().get("shootout");
    }

    private static ShootoutResultsJson.Saved read(JsonNode part) throws Exception {
        return ShootoutResultsJson.read(FieldReader.of(part, "/parts/shootout"));
    }

    /** The runs of {@code result} with the curves a session keeps (those of the runs at their chosen rate). */
    private static List<RunResult> kept(ShootoutResult result) {
        return result.runs().stream().map(r -> result.isSelected(r) ? r : new RunResult(r.key(), r.finalLoss(),
                r.testLoss(), r.testAccuracy(), r.stepsToTarget(), r.deadShare(), r.saturatedShare(), r.divergedStep(),
                new double[0], r.validationLoss())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"small", "grid", "diverging", "cancelled"})
    void theResultsReadBackToTheSameRunsStatisticsVerdictsAndFigures(String which) throws Exception {
        ShootoutState settings = switch (which) {
            case "grid" -> GRID;
            case "diverging" -> DIVERGING;
            default -> SMALL;
        };
        ShootoutResult result = run(settings);
        if (which.equals("cancelled")) {
            List<RunResult> some = IntStream.range(0, result.runs().size()).filter(i -> i % 3 != 1)
                    .mapToObj(result.runs()::get).toList();
            result = new ShootoutResult(result.plan(), some, false);
        }
        if (which.equals("diverging")) {
            assertThat(result.runs()).as("the case has diverged runs").anyMatch(r -> r.divergedStep().isPresent());
        }

        ShootoutResultsJson.Saved opened = read(saved(settings, result));

        assertThat(opened.refusal()).isEmpty();
        assertThat(opened.settings()).isEqualTo(settings);
        ShootoutResult back = opened.results().orElseThrow();
        assertThat(back.plan()).isEqualTo(result.plan());
        assertThat(back.complete()).isEqualTo(!which.equals("cancelled"));
        assertThat(back.runs()).usingRecursiveFieldByFieldElementComparator(EXACT).isEqualTo(kept(result));
        assertThat(back.runs()).filteredOn(back::isSelected).usingRecursiveFieldByFieldElementComparator(EXACT)
                .isEqualTo(result.runs().stream().filter(result::isSelected).toList());
        for (int c = 0; c < settings.activations().size(); c++) {
            for (int t = 0; t < settings.tasks().size(); t++) {
                assertThat(back.selectedRate(c, t)).isEqualTo(result.selectedRate(c, t));
            }
        }
        assertThat(SummaryRow.of(back)).usingRecursiveFieldByFieldElementComparator(EXACT).isEqualTo(SummaryRow.of(result));
        assertThat(Verdicts.of(back, Locale.ENGLISH)).isEqualTo(Verdicts.of(result, Locale.ENGLISH));
        assertThat(ShootoutCsv.summary(back)).isEqualTo(ShootoutCsv.summary(result));
        assertThat(ShootoutCsv.curves(back)).isEqualTo(ShootoutCsv.curves(result));
        for (int t = 0; t < settings.tasks().size(); t++) {
            assertThat(ShootoutFigures.curves(back, t, Contender::label)).usingRecursiveComparison(EXACT).isEqualTo(ShootoutFigures.curves(result, t, Contender::label));
            for (ShootoutFigure f : ShootoutFigure.of(settings.tasks().get(t).type())) {
                if (f.isDistribution()) {
                    assertThat(ShootoutFigures.distribution(back, t, f, Contender::label)).usingRecursiveComparison(EXACT)
                            .isEqualTo(ShootoutFigures.distribution(result, t, f, Contender::label));
                }
            }
        }
    }

    @Test
    void onlyTheCurvesOfTheChosenRatesAreKeptAndTheValidationLossOnlyWhenTheRateIsTuned() throws Exception {
        ShootoutResult grid = run(GRID);
        JsonNode runs = saved(GRID, grid).at("/results/runs");
        assertThat(runs).hasSize(grid.runs().size());
        for (int i = 0; i < runs.size(); i++) {
            assertThat(runs.get(i).has("curve")).isEqualTo(grid.isSelected(grid.runs().get(i)));
            assertThat(runs.get(i).has("validationLoss")).isTrue();
        }
        JsonNode one = saved(SMALL, run(SMALL)).at("/results/runs/0");
        assertThat(one.has("validationLoss")).isFalse();
        assertThat(one.get("curve")).hasSize(SMALL.plan().recordedSteps().length);
    }

    /** Every double, NaN and the infinities included, reads back to the same bits; finite ones print shortest. */
    @Test
    void doublesRoundTripExactly() throws Exception {
        Random random = new Random(15);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.1, 0.1 + 0.2, 1.0 / 3, Math.PI, -2.5e-300,
                Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE,
                Math.nextUp(1.0), Math.nextDown(1.0), 1e23, 9007199254740993.0, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextBoolean() ? Double.longBitsToDouble(random.nextLong()) : random.nextGaussian());
        }
        ArrayNode written = JsonText.MAPPER.createArrayNode();
        values.forEach(v -> written.add(ShootoutResultsJson.number(v)));
        String text = JsonText.MAPPER.writeValueAsString(written);
        JsonNode parsed = JsonText.parse(text);
        List<String> printed = List.of(text.strip().replaceAll("^\\[|\\]$", "").split(","));
        assertThat(printed).hasSameSizeAs(values);
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            double back = ShootoutResultsJson.number(parsed.get(i), "/" + i);
            assertThat(Double.doubleToLongBits(back)).as("%s", v).isEqualTo(Double.doubleToLongBits(v));
            assertThat(printed.get(i).strip()).as("as Double.toString prints it")
                    .isEqualTo(Double.isFinite(v) ? Double.toString(v) : "\"" + v + "\"");
        }
        assertThat(printed.subList(0, 4)).extracting(String::strip).containsExactly("0.0", "-0.0", "0.1",
                "0.30000000000000004");
    }

    /**
     * A setting edited by hand after the results were saved: the settings open (with the edit), the
     * results do not, and the refusal names the field and both values.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "seeds; 4; /parts/shootout/results/settings/seeds; the results were run with 3, but the settings say 4",
        "steps; 31; /parts/shootout/results/settings/steps; run with 30",
        "optimizer; \"adam\"; /parts/shootout/results/settings/optimizer; \"gd\"",
        "activations; [{\"name\": \"relu\"}]; /parts/shootout/results/settings/activations; but the settings say",
        "tasks; [\"sin\", \"circle\"]; /parts/shootout/results/settings/tasks; [\"circle\",\"sin\"]",
        "targetAccuracy; 0.9; /parts/shootout/results/settings/targetAccuracy; 0.95",
        "initializer; \"he_normal\"; /parts/shootout/results/settings/initializer; \"default\"",
    })
    void resultsOfOtherSettingsAreRefusedByTheFieldAndTheSettingsKept(String field, String value, String pointer,
                                                                       String message) throws Exception {
        JsonNode file = saved(SMALL, run(SMALL));
        ((ObjectNode) file).set(field, JsonText.parse(value));

        ShootoutResultsJson.Saved opened = read(file);

        assertThat(opened.results()).isEmpty();
        assertThat(opened.settings()).isNotEqualTo(SMALL);
        assertThat(opened.refusal()).hasValueSatisfying(m -> assertThat(m).startsWith(pointer).contains(message));
    }

    /** A value of the results out of place (as a hand edit or a damaged file makes it): refused by its pointer. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "/runs/1/run; 0; /parts/shootout/results/runs/1/run; from 1 to 11",
        "/runs/0/run; 12; /parts/shootout/results/runs/0/run; got 12",
        "/runs/2/testLoss; \"nan\"; /parts/shootout/results/runs/2/testLoss; \"NaN\"",
        "/runs/2/finalLoss; null; /parts/shootout/results/runs/2/finalLoss; missing",
        "/runs/0/deadShare; 1.5; /parts/shootout/results/runs/0/deadShare; from 0 to 1",
        "/runs/0/stepsToTarget; 31; /parts/shootout/results/runs/0/stepsToTarget; from 0 to 30",
        "/runs/3/curve; [0.5, 0.25]; /parts/shootout/results/runs/3/curve; expected 31 losses",
        "/runs/3/curve; null; /parts/shootout/results/runs/3/curve; median curves",
        "/runs/3/curve/4; true; /parts/shootout/results/runs/3/curve/4; true",
        "/complete; 1; /parts/shootout/results/complete; true or false",
        "/runs; []; /parts/shootout/results/runs; empty",
        "/settings/seeds; 0; /parts/shootout/results/settings/seeds; 1 to 100",
    })
    void aResultValueOutOfPlaceIsRefusedByItsPointer(String at, String value, String pointer, String message)
            throws Exception {
        JsonNode file = saved(SMALL, run(SMALL));
        JsonNode results = file.at("/results");
        String parent = at.substring(0, at.lastIndexOf('/'));
        String name = at.substring(at.lastIndexOf('/') + 1);
        JsonNode container = results.at(parent);
        if (container.isArray()) {
            ((ArrayNode) container).set(Integer.parseInt(name), JsonText.parse(value));
        } else {
            ((ObjectNode) container).set(name, JsonText.parse(value));
        }

        ShootoutResultsJson.Saved opened = read(file);

        assertThat(opened.settings()).isEqualTo(SMALL);
        assertThat(opened.results()).isEmpty();
        assertThat(opened.refusal()).hasValueSatisfying(m -> assertThat(m).startsWith(pointer).contains(message));
    }

    /** A session keeps at most {@link ShootoutResultsJson#MAX_VALUES} numbers of results: 110 per run with a 101-point curve. */
    @Test
    void resultsFitASessionUpToTheirLimit() {
        List<Task> all = List.of(Task.values());
        ShootoutState manyTasks = ShootoutState.INITIAL.withTasks(all).withSeeds(100);
        assertThat(ShootoutResultsJson.fits(zeros(manyTasks))).as("2 x 12 x 100 runs").isTrue();
        ShootoutState more = manyTasks.withActivations(List.of(ActivationSpec.of("relu"), ActivationSpec.of("tanh"),
                ActivationSpec.of("gelu"), ActivationSpec.of("elu"), ActivationSpec.of("selu")));
        assertThat(ShootoutResultsJson.fits(zeros(more))).as("5 x 12 x 100 runs").isFalse();
        assertThat(ShootoutResultsJson.fits(run(SMALL))).isTrue();
    }

    /** Every run of {@code settings}, all its numbers 0. */
    private static ShootoutResult zeros(ShootoutState settings) {
        ShootoutPlan plan = settings.plan();
        List<RunResult> runs = IntStream.range(0, plan.runCount()).mapToObj(i -> new RunResult(plan.key(i), 0, 0, 0,
                OptionalInt.empty(), 0, 0, OptionalInt.empty(),
                new double[plan.recordedSteps().length], Double.NaN)).toList();
        return new ShootoutResult(plan, runs, true);
    }

    @Test
    void completeResultsMustListEveryRun() throws Exception {
        JsonNode file = saved(SMALL, run(SMALL));
        ((ArrayNode) file.at("/results/runs")).remove(5);

        assertThat(read(file).refusal()).hasValueSatisfying(m -> assertThat(m)
                .startsWith("/parts/shootout/results/complete").contains("11 of the 12 runs"));
    }

    @Test
    void aSessionWithoutResultsOpensWithTheSettingsAlone() throws Exception {
        JsonNode part = ShootoutResultsJson.write(new ShootoutResultsJson.Saved(SMALL, Optional.empty(), Optional.empty()));
        assertThat(part.has("results")).isFalse();
        assertThat(part).isEqualTo(ShootoutJson.write(SMALL));

        ShootoutResultsJson.Saved opened = ShootoutResultsJson.read(FieldReader.of(part, "/parts/shootout"));
        assertThat(opened).isEqualTo(new ShootoutResultsJson.Saved(SMALL, Optional.empty(), Optional.empty()));
    }

    /** The fixture, saved by this version from the app: it opens to exactly the runs the same shoot-out makes now. */
    @Test
    void theSessionWithResultsThisVersionWroteOpensToTheSameRuns() throws Exception {
        SessionDocument document = SessionFile.read(Path.of(FIXTURE));
        ShootoutResultsJson.Saved opened = ShootoutResultsJson.read(
                FieldReader.of(document.parts().get("shootout"), "/parts/shootout"));

        assertThat(opened.refusal()).isEmpty();
        ShootoutResult back = opened.results().orElseThrow();
        assertThat(back.complete()).isTrue();
        assertThat(back.plan().tunesRate()).isTrue();
        ShootoutResult now = run(opened.settings());
        assertThat(back.runs()).usingRecursiveFieldByFieldElementComparator(EXACT).isEqualTo(kept(now));
        assertThat(Verdicts.of(back, Locale.ENGLISH)).isEqualTo(Verdicts.of(now, Locale.ENGLISH));
    }
}
