package org.activationlab.ui.lessons;

/**
 * What the lessons panel shows, as one value: the view model's only truth.
 *
 * @param index the position of the lesson shown among the loaded lessons, -1 when there is none
 * @param answerShown whether that lesson's answer is revealed
 */
public record LessonsState(int index, boolean answerShown) {
    /** No lesson shown (no lesson could be loaded). */
    public static final LessonsState NONE = new LessonsState(-1, false);

    public LessonsState {
        if (index < -1) {
            throw new IllegalArgumentException("a lesson's position must be -1 (none) or more, got " + index);
        }
        if (index == -1 && answerShown) {
            throw new IllegalArgumentException("no lesson is shown, so no answer can be");
        }
    }

    /** The lesson at {@code i} with its answer hidden; this state itself if that lesson is already shown. */
    public LessonsState withLesson(int i) {
        return i == index ? this : new LessonsState(i, false);
    }

    /** This state with the answer revealed, if a lesson is shown. */
    public LessonsState withAnswerShown() {
        return index < 0 ? this : new LessonsState(index, true);
    }
}
