package org.activationlab.ui.lessons;

import java.util.Objects;

/**
 * A "show me" button of a lesson.
 *
 * @param label the button's text
 * @param demonstration what pressing it does
 */
public record ShowMe(Bilingual label, Demonstration demonstration) {
    public ShowMe {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(demonstration, "demonstration");
    }
}
