package org.activationlab.ui;

import org.activationlab.model.Monotonicity;
import org.activationlab.model.Smoothness;
import org.activationlab.ui.controls.FormulaKeys;
import org.activationlab.ui.curves.gated.GatedKeys;
import org.activationlab.ui.json.JsonKeys;
import org.activationlab.ui.lessons.LessonKeys;
import org.activationlab.ui.library.LibraryKeys;
import org.activationlab.ui.presentation.PresentationKeys;
import org.activationlab.ui.problems.ProblemKeys;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.training.GifPanel;
import org.activationlab.ui.training.TrainingKeys;
import org.activationlab.ui.training.TrainingPreset;
import org.activationlab.ui.session.SessionKeys;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.activationlab.ui.shootout.ShootoutKeys;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void aMissingKeyShowsAsTheKeyInAngleBrackets() {
        assertThat(Messages.get("no.such.key")).isEqualTo("<no.such.key>");
        assertThat(Messages.format("no.such.key", "x")).isEqualTo("<no.such.key>");
    }

    @Test
    void formatFillsTheArguments() {
        assertThat(Messages.format(TextKeys.ABOUT_HEADER, "1.2.3")).isEqualTo("Activation Lab 1.2.3");
        assertThat(Messages.format(TextKeys.PARAMETER_OUT_OF_RANGE, "-1", "alpha", "a finite number > 0", "1"))
                .isEqualTo("-1 is not allowed: alpha must be a finite number > 0. Kept 1.");
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundleAndTheBundleHasNoOtherKeys() throws IllegalAccessException {
        Set<String> used = new HashSet<>(expectedKeys());
        Set<String> bundled = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT).keySet();
        assertThat(bundled).containsExactlyInAnyOrderElementsOf(used);
    }

    /**
     * The constants of TextKeys, TrainingKeys, PresentationKeys, LessonKeys, SessionKeys, LibraryKeys, JsonKeys, ProblemKeys, FormulaKeys, GatedKeys and ShootoutKeys, the
     * name of each problem source, the per-constant keys of the two enums, one explanation per property header, the name and explanation of each training scenario, and the
     * name of each GIF panel.
     */
    private static List<String> expectedKeys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field f : TextKeys.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String key = (String) f.get(null);
                if (!key.endsWith(".")) {
                    keys.add(key);
                }
                if (key.startsWith("property.") && !key.endsWith(".help")) {
                    keys.add(key + ".help");
                }
            }
        }
        for (Field f : TrainingKeys.class.getFields()) {
            String key = (String) f.get(null);
            if (!key.startsWith(".") && !key.endsWith(".")) {
                keys.add(key);
            }
        }
        for (Field f : PresentationKeys.class.getFields()) {
            keys.add((String) f.get(null));
        }
        for (Field f : LessonKeys.class.getFields()) {
            keys.add((String) f.get(null));
        }
        for (Field f : SessionKeys.class.getFields()) {
            keys.add((String) f.get(null));
        }
        for (Field f : ProblemKeys.class.getFields()) {
            keys.add((String) f.get(null));
        }
        for (ProblemSource s : ProblemSource.values()) {
            keys.add(s.key());
        }
        for (Field f : LibraryKeys.class.getFields()) {
            keys.add((String) f.get(null));
        }
        for (Field f : JsonKeys.class.getFields()) {
            keys.add((String) f.get(null));
        }
        for (Field f : FormulaKeys.class.getFields()) {
            keys.add((String) f.get(null));
        }
        for (Field f : GatedKeys.class.getFields()) {
            keys.add((String) f.get(null));
        }
        for (Field f : ShootoutKeys.class.getFields()) {
            keys.add((String) f.get(null));
        }
        for (TrainingPreset p : TrainingPreset.values()) {
            keys.add(p.textKey());
            keys.add(p.explanationKey());
        }
        for (GifPanel p : GifPanel.values()) {
            keys.add(p.textKey());
        }
        for (Monotonicity m : Monotonicity.values()) {
            keys.add(TextKeys.MONOTONICITY_PREFIX + m.name());
        }
        for (Smoothness s : Smoothness.values()) {
            keys.add(TextKeys.SMOOTHNESS_PREFIX + s.name());
        }
        return keys;
    }
}
