package org.activationlab.ui.lessons;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationlab.ui.Messages;

/**
 * The lessons panel without its controls: the loaded lessons, the current one (its id is what a
 * saved session keeps), whether its answer is revealed, moving between lessons, and pressing a
 * "show me", which {@link LessonActions} carries out on the app.
 */
public final class LessonsViewModel {
    private final ObservableList<Lesson> lessons;
    private final List<String> problems;
    private final LessonActions actions;
    private final Consumer<String> status;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper lessonId = new ReadOnlyStringWrapper(this, "lessonId");
    private final ReadOnlyBooleanWrapper answerShown = new ReadOnlyBooleanWrapper(this, "answerShown");
    private final BooleanBinding hasPrevious = index.greaterThan(0);
    private final BooleanBinding hasNext;

    /**
     * Opens on the first lesson.
     *
     * @param load the lessons and the problems met loading them
     * @param actions carries out "show me" on the app
     * @param status shows a one-line message to the user
     */
    public LessonsViewModel(LessonLoad load, LessonActions actions, Consumer<String> status) {
        this.lessons = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(load.lessons()));
        this.problems = load.problems();
        this.actions = actions;
        this.status = status;
        this.hasNext = Bindings.createBooleanBinding(() -> index.get() + 1 < lessons.size(), index);
        if (!lessons.isEmpty()) {
            go(0);
        }
    }

    /** Every usable lesson, in lesson order. */
    public ObservableList<Lesson> lessons() {
        return lessons;
    }

    /** One message per lesson file that could not be used, naming the file and the problem. */
    public List<String> problems() {
        return problems;
    }

    /** The lesson shown, null when there is none. */
    public ReadOnlyObjectProperty<Lesson> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Lesson getCurrent() {
        return current.get();
    }

    /** The id of the lesson shown (the lesson position a session saves), null when there is none. */
    public ReadOnlyStringProperty lessonIdProperty() {
        return lessonId.getReadOnlyProperty();
    }

    public String getLessonId() {
        return lessonId.get();
    }

    /** The position of the lesson shown in {@link #lessons()}, -1 when there is none. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Whether the current lesson's answer is revealed; hidden again on every change of lesson. */
    public ReadOnlyBooleanProperty answerShownProperty() {
        return answerShown.getReadOnlyProperty();
    }

    public boolean isAnswerShown() {
        return answerShown.get();
    }

    /** Whether there is a lesson before the current one. */
    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    /** Whether there is a lesson after the current one. */
    public BooleanBinding hasNextProperty() {
        return hasNext;
    }

    /**
     * Shows the lesson called {@code id} (e.g. restoring a session).
     *
     * @return whether there is such a lesson; if not, the current one stays
     */
    public boolean select(String id) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(id)) {
                go(i);
                return true;
            }
        }
        return false;
    }

    /** Shows the next lesson, if there is one. */
    public void next() {
        if (hasNext.get()) {
            go(index.get() + 1);
        }
    }

    /** Shows the previous lesson, if there is one. */
    public void previous() {
        if (hasPrevious.get()) {
            go(index.get() - 1);
        }
    }

    /** Reveals the current lesson's answer. */
    public void revealAnswer() {
        if (getCurrent() != null) {
            answerShown.set(true);
        }
    }

    /** Puts the app into {@code showMe}'s state and says so in the status bar. */
    public void show(ShowMe showMe) {
        showMe.demonstration().perform(actions);
        status.accept(Messages.format(LessonKeys.SHOWN, showMe.label().current()));
    }

    /** Reveals the answer and puts the app into the state that shows it, if the lesson has one. */
    public void showAnswer() {
        Optional<ShowMe> answer = Optional.ofNullable(getCurrent()).flatMap(l -> l.tryThis().showAnswer());
        revealAnswer();
        answer.ifPresent(this::show);
    }

    private void go(int i) {
        answerShown.set(false);
        index.set(i);
        current.set(lessons.get(i));
        lessonId.set(lessons.get(i).id());
    }
}
