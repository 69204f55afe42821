package org.activationlab.ui.lessons;

import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.ui.Messages;
import org.activationlab.ui.controls.WholeWords;
import org.activationlab.ui.Styles;

/**
 * The lessons panel: the list of lessons, the current lesson's title and text, its "show me"
 * buttons, its "try this" question with a button that reveals the answer (then one that shows
 * the answer in the app when it is a state of the app, whose label would give the answer away), previous and next, and one line
 * on the lesson files that could not be used ({@link LessonProblems}). Texts follow the current language.
 */
public final class LessonsPanel {
    static final String PANEL = "lessons-panel";
    static final String LESSON_TITLE = "lesson-title";
    static final String LESSON_TEXT = "lesson-text";
    static final String SHOW_ME_BUTTON = "show-me-button";
    static final String ANSWER = "lesson-answer";
    static final String NAVIGATION = "lesson-navigation";
    static final String TRY_THIS = "try-this";
    static final String SHOW_ME_ARROW = "show-me-arrow";
    /** Lessons the drop-down list shows without scrolling. */
    private static final int VISIBLE_LESSONS = 12;

    private final LessonsViewModel model;
    private final BorderPane root = new BorderPane();
    private final LessonChooser list;
    private final Label title = new Label();
    private final Label text = new Label();
    private final VBox showMe = new VBox();
    private final Label question = new Label();
    private final Button reveal = new Button(Messages.get(LessonKeys.REVEAL));
    private final Label answer = new Label();
    private final Button showAnswer = new Button();
    private final Button previous = new Button(Messages.get(LessonKeys.PREVIOUS));
    private final Button next = new Button(Messages.get(LessonKeys.NEXT));
    private final Label position = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private final Button close = new Button("\u00d7");

    public LessonsPanel(LessonsViewModel model) {
        this.model = model;
        this.list = new LessonChooser(model.lessons());
        createView();
        initListeners();
        show(model.getCurrent());
    }

    /** The button in the panel's corner that closes it (the dock decides what closing does). */
    public Button closeButton() {
        return close;
    }

    /** The node to dock beside the tabs. */
    public Node root() {
        return root;
    }

    private void createView() {
        Label heading = new Label(Messages.get(LessonKeys.PANEL_TITLE));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        close.setId("lessons-close");
        close.getStyleClass().add("lessons-close");
        close.setAccessibleText(Messages.get(LessonKeys.CLOSE));
        close.setTooltip(new Tooltip(Messages.get(LessonKeys.CLOSE)));
        Region headerGap = new Region();
        HBox.setHgrow(headerGap, Priority.ALWAYS);
        HBox header = new HBox(heading, headerGap, close);
        header.setAlignment(Pos.CENTER_LEFT);
        list.setId("lesson-list");
        list.getStyleClass().add("lesson-list");
        list.setCellFactory(v -> new LessonCell());
        ListCell<Lesson> shown = new ShownLessonCell(list);
        shown.setPrefWidth(0);
        list.setButtonCell(shown);
        list.setPrefWidth(0);
        list.setPlaceholder(new Label(Messages.get(LessonKeys.EMPTY)));
        list.setVisibleRowCount(VISIBLE_LESSONS);
        list.setMaxWidth(Double.MAX_VALUE);
        VBox top = new VBox(list, new LessonProblems(model.problems()).root());
        top.getStyleClass().add("lessons-top");

        title.setId("lesson-title");
        title.getStyleClass().add(LESSON_TITLE);
        title.setWrapText(true);
        text.setId("lesson-text");
        text.getStyleClass().add(LESSON_TEXT);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        showMe.getStyleClass().add("show-me-buttons");
        question.setId("lesson-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        reveal.setId("lesson-reveal");
        reveal.setWrapText(true);
        reveal.setMinHeight(Region.USE_PREF_SIZE);
        answer.setId("lesson-answer");
        answer.getStyleClass().add(ANSWER);
        answer.setWrapText(true);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        showAnswer.setId("lesson-show-answer");
        showAnswer.getStyleClass().add(SHOW_ME_BUTTON);
        showAnswer.setMaxWidth(Double.MAX_VALUE);
        showAnswer.setWrapText(true);
        showAnswer.setMinHeight(Region.USE_PREF_SIZE);
        answer.managedProperty().bind(answer.visibleProperty());
        showAnswer.managedProperty().bind(showAnswer.visibleProperty());
        reveal.managedProperty().bind(reveal.visibleProperty());
        VBox tryThis = new VBox(sectionTitle(LessonKeys.TRY_THIS), question, reveal, answer, showAnswer);
        tryThis.getStyleClass().add(TRY_THIS);
        VBox lesson = new VBox(title, text, sectionTitle(LessonKeys.SHOW_ME), showMe, tryThis);
        lesson.getStyleClass().add("lesson-body");
        scroll.setContent(lesson);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-scroll");

        previous.setId("lesson-previous");
        next.setId("lesson-next");
        position.setId("lesson-position");
        FlowPane navigation = new FlowPane(previous, position, next);
        navigation.setAlignment(Pos.CENTER);
        navigation.setColumnHalignment(javafx.geometry.HPos.CENTER);
        navigation.getStyleClass().add(NAVIGATION);

        top.getChildren().add(0, header);
        root.setTop(top);
        root.setCenter(scroll);
        root.setBottom(navigation);
        root.getStyleClass().add(PANEL);
        root.setId("lessons-panel");
    }

    private static Label sectionTitle(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("lesson-section");
        return label;
    }

    private void initListeners() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, lesson) -> {
            if (lesson != null) {
                model.select(lesson.id());
            }
        });
        model.stateProperty().addListener((obs, old, now) -> {
            if (now.index() != old.index()) {
                show(model.getCurrent());
            } else {
                showAnswerState();
            }
        });
        reveal.setOnAction(e -> model.revealAnswer());
        showAnswer.setOnAction(e -> model.showAnswer());
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        next.disableProperty().bind(model.hasNextProperty().not());
    }

    /** Shows {@code lesson}; selecting it in the list sends an intent that changes nothing (it is the current one). */
    private void show(Lesson lesson) {
        list.getSelectionModel().select(lesson);
        showMe.getChildren().clear();
        boolean present = lesson != null;
        root.getCenter().setVisible(present);
        if (!present) {
            position.setText("");
            return;
        }
        title.setText(lesson.title().current());
        text.setText(lesson.text().current());
        for (int i = 0; i < lesson.showMe().size(); i++) {
            ShowMe action = lesson.showMe().get(i);
            Button button = showMeButton(action.label().current());
            button.setId("lesson-show-me-" + i);
            button.setOnAction(e -> model.show(action));
            showMe.getChildren().add(button);
        }
        question.setText(lesson.tryThis().question().current());
        answer.setText(lesson.tryThis().answer().current());
        lesson.tryThis().showAnswer().ifPresent(s -> showAnswer.setText(s.label().current()));
        showAnswer.setGraphic(arrow());
        position.setText(Messages.format(LessonKeys.POSITION, Integer.toString(model.getState().index() + 1),
                Integer.toString(model.lessons().size())));
        scroll.setVvalue(0);
        showAnswerState();
    }

    /** A wide button that starts with an arrow, for a "show me". */
    private static Button showMeButton(String text) {
        Button button = new Button(text, arrow());
        button.getStyleClass().add(SHOW_ME_BUTTON);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        return button;
    }

    private static Label arrow() {
        Label arrow = new Label("\u25b6");
        arrow.getStyleClass().add(SHOW_ME_ARROW);
        return arrow;
    }

    private void showAnswerState() {
        Lesson lesson = model.getCurrent();
        boolean shown = model.isAnswerShown();
        reveal.setVisible(!shown);
        answer.setVisible(shown);
        showAnswer.setVisible(shown && lesson != null && lesson.tryThis().showAnswer().isPresent());
    }

    /**
     * The list of lessons. The lesson it shows wraps, so its height depends on its width: it says
     * so (a horizontal content bias), and the panel then asks for its height at the width it is
     * about to give it. Without that, its height was asked with no width and the shown cell
     * answered at the width it had in the last layout, which a change of scale (a wider arrow
     * button) or of language had made stale: the title got too few lines and was cut.
     */
    private static final class LessonChooser extends ComboBox<Lesson> {
        LessonChooser(ObservableList<Lesson> lessons) {
            super(lessons);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        /** The width its shown cell gets when it is {@code width} wide: less its padding and its arrow button. */
        double cellWidth(double width) {
            return Math.max(0, width - around());
        }

        /**
         * Never so narrow that the shown lesson's title breaks inside a word (at 250 % "activation"
         * broke into "activati / on"): the panel keeps the width of the title's widest word.
         */
        @Override
        protected double computeMinWidth(double height) {
            if (!(getButtonCell() instanceof LessonCell cell) || cell.getText() == null) {
                return super.computeMinWidth(height);
            }
            return around() + cell.snappedLeftInset() + cell.snappedRightInset()
                    + WholeWords.widest(cell.getText(), cell.getFont());
        }

        /** Its padding and its arrow button: the width that is not its shown cell's. */
        private double around() {
            Node arrow = lookup(".arrow-button");
            return snappedLeftInset() + snappedRightInset() + (arrow == null ? 0 : arrow.prefWidth(-1));
        }
    }

    /** A lesson's number and title, wrapped onto several lines where the panel is narrow. */
    private static class LessonCell extends ListCell<Lesson> {
        LessonCell() {
            setWrapText(true);
        }

        /** As tall as its wrapped text at its width (asked with no width, it takes its own). */
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
        }

        @Override
        protected void updateItem(Lesson lesson, boolean empty) {
            super.updateItem(lesson, empty);
            setText(empty || lesson == null ? null
                    : Messages.format(LessonKeys.LIST_ENTRY, Integer.toString(lesson.order()), lesson.title().current()));
        }
    }

    /** The lesson the chooser shows, as tall as its title wrapped at the width the chooser gives it. */
    private static final class ShownLessonCell extends LessonCell {
        private final LessonChooser chooser;

        ShownLessonCell(LessonChooser chooser) {
            this.chooser = chooser;
        }

        /** Asked for the chooser's height at {@code width}, the chooser passes its own width on. */
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? width : chooser.cellWidth(width));
        }
    }
}
