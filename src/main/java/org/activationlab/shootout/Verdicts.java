package org.activationlab.shootout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.activationlab.model.Numbers;

/**
 * The verdicts of a shoot-out as sentences in a language: per task and contender other than the
 * baseline, one sentence per measure whose interval excludes 0 ("On spiral, gelu reaches 95%
 * training accuracy in fewer steps than relu: median 410 vs 620, difference -210, 95% CI [-300, -120].")
 * or, when no measure does, one sentence saying the runs do not support a difference.
 */
public final class Verdicts {
    /** Significant digits of losses and accuracies in sentences. */
    private static final int DIGITS = 4;

    private Verdicts() {
    }

    /** The sentences for {@code result}, task first, in {@code locale}'s language, naming the activations by their labels. */
    public static List<String> of(ShootoutResult result, Locale locale) {
        return of(result, locale, Contender::label);
    }

    /** The sentences for {@code result}, task first, in {@code locale}'s language, naming each activation by {@code name}. */
    public static List<String> of(ShootoutResult result, Locale locale, Function<Contender, String> name) {
        ShootoutPlan plan = result.plan();
        String baseline = name.apply(plan.baselineContender());
        List<String> sentences = new ArrayList<>();
        for (SummaryRow row : SummaryRow.of(result)) {
            if (row.contender() == plan.baseline()) {
                continue;
            }
            String task = plan.tasks().get(row.task()).name();
            String label = name.apply(plan.contenders().get(row.contender()));
            int before = sentences.size();
            for (Comparison c : row.comparisons().values()) {
                c.verdictKey().ifPresent(key -> sentences.add(ShootoutTexts.BUNDLE.format(locale, key, task, label,
                        baseline, median(c.measure(), c.median(), plan), median(c.measure(), c.baselineMedian(), plan),
                        Numbers.format(c.difference().difference(), DIGITS),
                        Numbers.format(c.difference().low(), DIGITS), Numbers.format(c.difference().high(), DIGITS),
                        Numbers.format(plan.targetAccuracy() * 100, DIGITS) + "%")));
            }
            if (sentences.size() == before) {
                sentences.add(ShootoutTexts.BUNDLE.format(locale, "verdict.none", task, label, baseline));
            }
        }
        return sentences;
    }

    /** A median, {@code > N} for a censored number of steps (differences and interval ends print infinity as inf). */
    private static String median(Measure measure, double v, ShootoutPlan plan) {
        if (measure == Measure.STEPS_TO_TARGET && v == Double.POSITIVE_INFINITY) {
            return ShootoutCsv.steps(v, plan.steps());
        }
        return Numbers.format(v, DIGITS);
    }
}
