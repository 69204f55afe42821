package org.activationlab.ui.lessons;

import java.util.Objects;
import java.util.Optional;

/**
 * A lesson's question, its answer (hidden until revealed) and, optionally, the state of the app
 * that shows the answer.
 *
 * @param question what to try
 * @param answer the answer in words
 * @param showAnswer the "show me the answer" button, if the answer is a state of the app
 */
public record TryThis(Bilingual question, Bilingual answer, Optional<ShowMe> showAnswer) {
    public TryThis {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(showAnswer, "showAnswer");
    }
}
