package org.activationlab.ui.lessons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The views a lesson can switch to, named in lesson files by {@link #id()}. */
public enum LessonTab {
    CURVES, PROPERTIES, TRAINING, NEURON, DEPTH, GATES, SHOOTOUT;

    /** The name lesson files use, e.g. {@code "curves"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tab called {@code id} in lesson files. */
    public static Optional<LessonTab> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every id, comma-separated, for messages. */
    static String allIds() {
        return Arrays.stream(values()).map(LessonTab::id).collect(Collectors.joining(", "));
    }
}
