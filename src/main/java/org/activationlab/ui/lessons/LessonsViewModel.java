package org.activationlab.ui.lessons;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationlab.ui.Messages;

/**
 * The lessons panel without its controls: the loaded lessons and one {@link LessonsState} (the
 * lesson shown, whether its answer is revealed) as its only truth, from which the current lesson
 * (its id is what a saved session keeps) follows; intents move between lessons (one that leaves
 * the state equal changes nothing) and press a "show me", which {@link LessonActions} carries out
 * on the app.
 */
public final class LessonsViewModel {
    private final ObservableList<Lesson> lessons;
    private final List<String> problems;
    private final LessonActions actions;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<LessonsState> state = new ReadOnlyObjectWrapper<>(this, "state",
            LessonsState.NONE);
    private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final BooleanBinding hasPrevious = Bindings.createBooleanBinding(() -> state.get().index() > 0, state);
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
        this.hasNext = Bindings.createBooleanBinding(() -> state.get().index() + 1 < lessons.size(), state);
        state.addListener((obs, old, now) -> current.set(lessons.get(now.index())));
        if (!lessons.isEmpty()) {
            go(0);
        }
    }

    /** The panel's state. */
    public ReadOnlyObjectProperty<LessonsState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public LessonsState getState() {
        return state.get();
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
    public String getLessonId() {
        return current.get() == null ? null : current.get().id();
    }

    /** Whether the current lesson's answer is revealed; hidden again on every change of lesson (not on choosing the one shown). */
    public boolean isAnswerShown() {
        return state.get().answerShown();
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
            go(state.get().index() + 1);
        }
    }

    /** Shows the previous lesson, if there is one. */
    public void previous() {
        if (hasPrevious.get()) {
            go(state.get().index() - 1);
        }
    }

    /** Reveals the current lesson's answer. */
    public void revealAnswer() {
        update(state.get().withAnswerShown());
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
        update(state.get().withLesson(i));
    }

    /** Makes {@code next} the state; a state equal to the current one changes nothing. */
    private void update(LessonsState next) {
        if (!next.equals(state.get())) {
            state.set(next);
        }
    }
}
