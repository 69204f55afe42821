package org.activationlab.ui.lessons;

import java.util.List;
import java.util.Objects;

/**
 * One lesson of the lessons panel, read from a lesson file (format in {@code docs/lessons.md}).
 *
 * @param id a stable name: lower-case letters, digits and hyphens (saved sessions refer to it)
 * @param order where it comes in the list: lessons are sorted by order, then id
 * @param title the heading
 * @param text a short explanation; a blank line separates paragraphs
 * @param showMe the buttons that put the app into the demonstrating states (at least one)
 * @param tryThis the question with its answer
 * @param source where the lesson was read from, for messages
 */
public record Lesson(String id, int order, Bilingual title, Bilingual text, List<ShowMe> showMe, TryThis tryThis,
                     String source) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        showMe = List.copyOf(showMe);
        Objects.requireNonNull(tryThis, "tryThis");
        Objects.requireNonNull(source, "source");
        if (showMe.isEmpty()) {
            throw new IllegalArgumentException("lesson " + id + " has no show-me action");
        }
    }
}
