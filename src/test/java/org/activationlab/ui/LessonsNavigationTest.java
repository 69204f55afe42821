package org.activationlab.ui;

import org.activationlab.ui.depth.DepthState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.activationlab.ui.presentation.PresentationSettings;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.activationlab.model.Activation;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.ui.controls.LinearPiecesEditor;
import org.activationlab.ui.controls.ParameterEditor;
import org.activationlab.ui.controls.ParameterPanel;
import org.activationlab.ui.curves.CurvesPreset;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.curves.CurvesTabView;
import org.activationlab.ui.curves.CurvesView;
import org.activationlab.ui.curves.gated.GatedState;
import org.activationlab.ui.curves.gated.GatedView;
import org.activationlab.ui.curves.gated.GatedViewModel;
import org.activationlab.ui.curves.CurvesViewModel;
import org.activationlab.ui.depth.DepthView;
import org.activationlab.ui.depth.DepthViewModel;
import org.activationlab.ui.gates.GatesView;
import org.activationlab.ui.gates.GatesViewModel;
import org.activationlab.ui.lessons.Demonstration;
import org.activationlab.ui.lessons.Lesson;
import org.activationlab.ui.lessons.LessonLibrary;
import org.activationlab.ui.lessons.LessonLoad;
import org.activationlab.ui.lessons.LessonTab;
import org.activationlab.ui.lessons.LessonsDock;
import org.activationlab.ui.lessons.LessonsPanel;
import org.activationlab.ui.lessons.LessonsViewModel;
import org.activationlab.ui.lessons.ShowMe;
import org.activationlab.ui.neuron.NeuronView;
import org.activationlab.ui.neuron.NeuronViewModel;
import org.activationlab.ui.properties.PropertiesView;
import org.activationlab.ui.properties.PropertiesViewModel;
import org.activationlab.ui.shootout.ShootoutKeys;
import org.activationlab.ui.shootout.ShootoutState;
import org.activationlab.ui.shootout.ShootoutView;
import org.activationlab.ui.shootout.ShootoutViewModel;
import org.activationlab.ui.training.TrainingKeys;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.training.TrainingState;
import org.activationlab.ui.training.TrainingView;
import org.activationlab.ui.training.TrainingViewModel;
import org.activationlab.ui.problems.ProblemSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lessons panel docked beside the real views, wired to them through {@link AppNavigator} as
 * in the main window: every "show me" of every built-in lesson is clicked and must leave its tab
 * selected and its preset in that view's model and controls.
 */
@ExtendWith(ApplicationExtension.class)
class LessonsNavigationTest {
    private static final long TIMEOUT_SECONDS = 60;
    private static final Map<LessonTab, String> TAB_TITLES = Map.of(LessonTab.CURVES, TextKeys.TAB_CURVES,
            LessonTab.PROPERTIES, TextKeys.TAB_PROPERTIES, LessonTab.TRAINING, TrainingKeys.TAB,
            LessonTab.NEURON, TextKeys.TAB_NEURON, LessonTab.DEPTH, TextKeys.TAB_DEPTH, LessonTab.GATES, TextKeys.TAB_GATES,
            LessonTab.SHOOTOUT, ShootoutKeys.TAB);

    private final ExecutorService worker = Background.shared().lane("test-curves-analysis", ProblemSource.PROPERTIES);
    private final ExecutorService frames = Background.shared().lane("test-curves-frames", ProblemSource.FIGURE);
    private CurvesViewModel curves;
    private PropertiesViewModel properties;
    private TrainingViewModel training;
    private TrainingView trainingView;
    private NeuronViewModel neuron;
    private DepthViewModel depth;
    private GatesViewModel gates;
    private GatedViewModel gated;
    private ShootoutViewModel shootout;
    private TabPane tabs;
    private AppNavigator navigator;
    private LessonsViewModel lessons;
    private LessonsDock dock;

    @Start
    void start(Stage stage) {
        curves = new CurvesViewModel(PropertyAnalyzer::analyze, worker, frames, Platform::runLater,
                s -> { });
        properties = new PropertiesViewModel(PropertyAnalyzer::analyze, s -> { });
        training = new TrainingViewModel(TrainingState.INITIAL, s -> { });
        trainingView = new TrainingView(training);
        depth = new DepthViewModel(s -> { });
        neuron = new NeuronViewModel();
        gates = new GatesViewModel();
        gated = new GatedViewModel();
        shootout = new ShootoutViewModel(ShootoutState.INITIAL, s -> { });
        tabs = new TabPane();
        Map<LessonTab, Tab> tabOf = Map.of(
                LessonTab.CURVES, tab(LessonTab.CURVES, new CurvesTabView(new CurvesView(curves, new PresentationSettings()),
                        new GatedView(gated), gated).root()),
                LessonTab.PROPERTIES, tab(LessonTab.PROPERTIES, new PropertiesView(properties).root()),
                LessonTab.TRAINING, tab(LessonTab.TRAINING, trainingView.root()),
                LessonTab.NEURON, tab(LessonTab.NEURON, new NeuronView(neuron).root()),
                LessonTab.DEPTH, tab(LessonTab.DEPTH, new DepthView(depth).root()),
                LessonTab.GATES, tab(LessonTab.GATES, new GatesView(gates).root()),
                LessonTab.SHOOTOUT, tab(LessonTab.SHOOTOUT,
                        new ShootoutView(shootout, (owner, name, patterns) -> Optional.empty()).root()));
        for (LessonTab t : LessonTab.values()) {
            tabs.getTabs().add(tabOf.get(t));
        }
        navigator = new AppNavigator(tabs, tabOf, curves, properties, training, neuron, depth, gates, gated,
                shootout);
        lessons = new LessonsViewModel(LessonLibrary.load(LessonLibrary.userFolder().resolve("no-such-folder")),
                navigator, s -> { });
        dock = new LessonsDock(tabs, new LessonsPanel(lessons), true);
        Scene scene = new Scene(dock.root(), 1500, 950);
        scene.getRoot().getStyleClass().add(Styles.APP);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
        properties.load();
        trainingView.start();
    }

    @Stop
    void stop() {
        trainingView.stop();
        training.close();
        properties.dispose();
        neuron.dispose();
        depth.dispose();
        gates.dispose();
        gated.dispose();
        shootout.dispose();
        worker.shutdownNow();
        frames.shutdownNow();
    }

    private static Tab tab(LessonTab t, Node content) {
        return new Tab(Messages.get(TAB_TITLES.get(t)), content);
    }

    /** Scrolls the lesson so that {@code node} shows, then clicks it. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup(".lesson-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, inContent.getMinY() - 10) / room));
        });
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyShowMeOfEveryBuiltInLessonReachesItsState(FxRobot robot) throws TimeoutException {
        assertThat(lessons.lessons()).hasSize(8);
        for (int l = 0; l < lessons.lessons().size(); l++) {
            Lesson lesson = lessons.lessons().get(l);
            assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText()).isEqualTo(lesson.title().en());
            for (int i = 0; i < lesson.showMe().size(); i++) {
                click(robot, "#lesson-show-me-" + i);
                assertReached(robot, lesson.showMe().get(i), lesson.id() + " show me " + i);
            }
            if (l + 1 < lessons.lessons().size()) {
                robot.clickOn("#lesson-next");
            }
        }
    }

    @Test
    void revealShowsTheAnswerAndShowAnswerReachesItsState(FxRobot robot) throws TimeoutException {
        for (Lesson lesson : lessons.lessons()) {
            robot.interact(() -> lessons.select(lesson.id()));
            Label answer = robot.lookup("#lesson-answer").queryAs(Label.class);
            assertThat(answer.isVisible()).isFalse();
            assertThat(robot.lookup("#lesson-show-answer").query().isVisible()).isFalse();
            click(robot, "#lesson-reveal");
            assertThat(answer.isVisible()).isTrue();
            assertThat(answer.getText()).isEqualTo(lesson.tryThis().answer().en());
            assertThat(robot.lookup("#lesson-reveal").query().isVisible()).isFalse();
            ShowMe showAnswer = lesson.tryThis().showAnswer().orElseThrow();
            assertThat(robot.lookup("#lesson-show-answer").queryAs(Button.class).getText())
                    .isEqualTo(showAnswer.label().en());
            click(robot, "#lesson-show-answer");
            assertReached(robot, showAnswer, lesson.id() + " answer");
        }
    }

    @Test
    void nextAndPreviousMoveThroughTheLessonsAndHideTheAnswerAgain(FxRobot robot) {
        List<String> ids = lessons.lessons().stream().map(Lesson::id).toList();
        Button previous = robot.lookup("#lesson-previous").queryAs(Button.class);
        Button next = robot.lookup("#lesson-next").queryAs(Button.class);
        assertThat(lessons.getLessonId()).isEqualTo(ids.get(0));
        assertThat(previous.isDisabled()).isTrue();
        click(robot, "#lesson-reveal");
        for (int i = 1; i < ids.size(); i++) {
            robot.clickOn(next);
            assertThat(lessons.getLessonId()).isEqualTo(ids.get(i));
            assertThat(robot.lookup("#lesson-position").queryAs(Label.class).getText())
                    .isEqualTo((i + 1) + " of " + ids.size());
            assertThat(robot.lookup("#lesson-answer").query().isVisible()).isFalse();
        }
        assertThat(next.isDisabled()).isTrue();
        robot.clickOn(previous);
        robot.clickOn(previous);
        assertThat(lessons.getLessonId()).isEqualTo(ids.get(ids.size() - 3));
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText())
                .isEqualTo(lessons.lessons().get(ids.size() - 3).title().en());
        assertThat(robot.lookup("#lesson-list").queryAs(ComboBox.class).getValue())
                .isSameAs(lessons.lessons().get(ids.size() - 3));
    }

    @Test
    void choosingALessonFromTheListShowsIt(FxRobot robot) {
        robot.clickOn("#lesson-list");
        robot.clickOn(lessons.lessons().get(4).order() + ". " + lessons.lessons().get(4).title().en());
        assertThat(lessons.getLessonId()).isEqualTo("lstm-gates");
        assertThat(robot.lookup("#lesson-show-me-0").queryAs(Button.class).getText())
                .isEqualTo(lessons.lessons().get(4).showMe().get(0).label().en());
        assertThat(lessons.select("no-such-lesson")).isFalse();
        assertThat(lessons.getLessonId()).isEqualTo("lstm-gates");
    }

    @Test
    void theCloseButtonAndTheMenuItemCloseAndReopenThePanel(FxRobot robot) {
        SplitPane split = (SplitPane) dock.root();
        assertThat(split.getItems()).hasSize(2);
        robot.clickOn("#lessons-close");
        assertThat(split.getItems()).containsExactly(tabs);
        assertThat(dock.menuItem().isSelected()).isFalse();
        robot.interact(() -> dock.menuItem().setSelected(true));
        assertThat(split.getItems()).hasSize(2);
        assertThat(robot.lookup("#lessons-panel").query().isVisible()).isTrue();
    }

    private void assertReached(FxRobot robot, ShowMe showMe, String what) throws TimeoutException {
        Demonstration d = showMe.demonstration();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).as(what)
                .isEqualTo(Messages.get(TAB_TITLES.get(d.tab())));
        if (d instanceof Demonstration.Curves c) {
            assertThat(gated.getState().showing()).as(what).isFalse();
            assertThat(robot.lookup("#curves-mode-elementwise").queryAs(ToggleButton.class).isSelected()).as(what)
                    .isTrue();
            assertCurves(robot, c.preset(), what);
        } else if (d instanceof Demonstration.Gated g) {
            assertThat(gated.getState()).as(what).isEqualTo(g.preset().apply(GatedState.INITIAL));
            assertThat(robot.lookup("#curves-mode-gated").queryAs(ToggleButton.class).isSelected()).as(what).isTrue();
            assertThat(robot.lookup("#gated-unit-" + gated.getState().unit().unitName()).queryAs(RadioButton.class)
                    .isSelected()).as(what).isTrue();
            assertThat(robot.lookup(".gated-view").query().isVisible()).as(what).isTrue();
        } else if (d instanceof Demonstration.Properties p) {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !properties.loadingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(properties.getSelected().activation().name()).as(what).isEqualTo(p.function());
        } else if (d instanceof Demonstration.Training t) {
            TrainingState expected = t.activation().map(a -> t.preset().apply(TrainingState.INITIAL)
                    .withActivationEverywhere(ActivationSpec.of(a))).orElse(t.preset().apply(TrainingState.INITIAL));
            assertThat(training.getState()).as(what).isEqualTo(expected);
            assertThat(training.isPlaying()).as(what).isEqualTo(t.play());
            robot.interact(training::pause);
        } else if (d instanceof Demonstration.Neuron n) {
            assertThat(neuron.getState().target()).as(what).isEqualTo(n.target());
            n.target().preset().ifPresent(p -> {
                assertThat(neuron.getState().bias()).as(what).isEqualTo(p.bias());
                assertThat(robot.lookup("#neuron-w1").queryAs(Slider.class).getValue()).as(what).isEqualTo(p.w1());
                assertThat(robot.lookup("#neuron-w2").queryAs(Slider.class).getValue()).as(what).isEqualTo(p.w2());
            });
            n.activation().ifPresent(a -> assertThat(neuron.getState().activation().resolve()).as(what).isSameAs(a));
        } else if (d instanceof Demonstration.Depth p) {
            DepthState shown = p.preset().apply(DepthState.INITIAL);
            assertThat(depth.getPreset()).as(what).contains(p.preset());
            assertThat(robot.lookup("#depth-layers").queryAs(Slider.class).getValue()).as(what)
                    .isEqualTo(shown.layers());
            assertThat(depth.getState().activation().name()).as(what).isEqualTo(shown.activation().name());
        } else if (d instanceof Demonstration.Gates g) {
            assertThat(gates.getPreset().orElse(null)).as(what).isEqualTo(g.preset());
            assertThat(robot.lookup("#gates-gate").queryAs(Slider.class).getValue()).as(what)
                    .isEqualTo(g.preset().gatePreActivation());
        } else if (d instanceof Demonstration.Shootout p) {
            ShootoutState shown = p.preset().apply(ShootoutState.INITIAL);
            assertThat(shootout.getState()).as(what).isEqualTo(shown);
            assertThat(robot.lookup("#shootout-seeds").<Spinner<Integer>>query().getValue()).as(what)
                    .isEqualTo(shown.seeds());
            assertThat(robot.lookup("#shootout-tune-rate").queryAs(RadioButton.class).isSelected()).as(what)
                    .isEqualTo(shown.tuneRate());
            assertThat(robot.lookup("#shootout-contender-2").queryAs(Label.class).getText()).as(what)
                    .isEqualTo(shown.activations().get(1).displayName());
        } else {
            throw new AssertionError("no check for " + d);
        }
    }

    /** The function whose parameter {@code editor} shows: that of the panel around it. */
    private static String function(Node editor) {
        Node n = editor;
        while (!(n instanceof ParameterPanel)) {
            n = n.getParent();
        }
        return ((ParameterPanel) n).getActivation().name();
    }

    /** The model shows the preset, and the parameter editors show its parameters. */
    private void assertCurves(FxRobot robot, CurvesPreset preset, String what) throws TimeoutException {
        CurvesState s = curves.getState();
        assertThat(s.plotted().keySet()).as(what).containsExactlyElementsOf(
                preset.functions().stream().map(Activation::name).toList());
        assertThat(s.x()).as(what).isEqualTo(preset.x());
        assertThat(s.depth()).as(what).isEqualTo(preset.depth());
        assertThat(s.logDerivative()).as(what).isEqualTo(preset.logDerivative());
        assertThat(s.shading()).as(what).isEqualTo(preset.shading());
        assertThat(s.hatching()).as(what).isEqualTo(preset.hatching());
        assertThat(s.showFunctions()).as(what).isEqualTo(preset.showFunctions());
        for (Activation f : preset.functions()) {
            assertThat(s.activation(f.name()).parameterValues()).as(what).isEqualTo(f.parameterValues());
        }
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !curves.isBuilding());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curves.getFrame()).as(what).isNotNull();
        assertThat(curves.getFrame().settings().functions()).as(what).isEqualTo(s.plottedFunctions());
        for (Node n : robot.lookup(".curves-parameters .parameter-editor").queryAll()) {
            ParameterEditor editor = (ParameterEditor) n;
            String function = function(editor);
            if (editor.getParent() != null && editor.isVisible() && s.plotted().containsKey(function)
                    && !(function.equals("maxout"))) {
                assertThat(editor.getValue()).as(what + " " + editor.getKey())
                        .isEqualTo(s.activation(function).parameterValues().get(editor.getKey()));
            }
        }
        robot.lookup(".curves-parameters .pieces-editor").queryAllAs(LinearPiecesEditor.class).forEach(editor ->
                assertThat(editor.getActivation().parameterValues()).as(what)
                        .isEqualTo(s.activation("maxout").parameterValues()));
    }

    @Test
    void problemsLoadingLessonsAreShownInThePanel(FxRobot robot) {
        LessonsViewModel broken = new LessonsViewModel(new LessonLoad(List.of(),
                List.of("/home/t/lessons/a.json: /order: missing")), navigator, s -> { });
        LessonsPanel[] panel = new LessonsPanel[1];
        robot.interact(() -> panel[0] = new LessonsPanel(broken));
        Label problems = (Label) panel[0].root().lookup("#lesson-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).isEqualTo("1 lesson file(s) had problems \u2014");
        assertThat(broken.getLessonId()).isNull();
        assertThat(((Button) panel[0].root().lookup("#lesson-next")).isDisabled()).isTrue();
    }

    /**
     * Issue 16 item 9: 40 broken lesson files take one line; the lesson, Previous and Next stay in
     * the panel, and Details lists every file with its problem.
     */
    @Test
    void manyBrokenLessonFilesTakeOneLineAndTheirDetailsADialog(FxRobot robot) throws Exception {
        List<String> problems = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> "/home/t/lessons/broken-" + i + ".json: /order: missing").toList();
        LessonsViewModel many = new LessonsViewModel(new LessonLoad(lessons.lessons(), problems), navigator, s -> { });
        Stage[] window = new Stage[1];
        LessonsPanel[] panel = new LessonsPanel[1];
        robot.interact(() -> {
            panel[0] = new LessonsPanel(many);
            Scene scene = new Scene(new javafx.scene.layout.StackPane(panel[0].root()), 380, 600);
            scene.getStylesheets().add(Styles.stylesheet());
            window[0] = new Stage();
            window[0].setScene(scene);
            window[0].show();
        });
        try {
            Node root = panel[0].root();
            for (String id : List.of("#lesson-title", "#lesson-previous", "#lesson-next", "#lesson-problems-details")) {
                Node node = root.lookup(id);
                javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
                assertThat(node.isVisible()).as(id).isTrue();
                assertThat(b.getMinY()).as(id + " top").isGreaterThanOrEqualTo(0);
                assertThat(b.getMaxY()).as(id + " bottom (1 px for pixel snapping)").isLessThanOrEqualTo(600 + 1);
                assertThat(b.getHeight()).as(id + " height").isPositive();
            }
            Label summary = (Label) root.lookup("#lesson-problems");
            assertThat(summary.getText()).isEqualTo("40 lesson file(s) had problems \u2014");
            assertThat(summary.getHeight()).isLessThan(3 * summary.getFont().getSize());

            // fired rather than clicked: the small test window may open under the main one, where a
            // click at its screen position would land on the other window
            robot.interact(() -> ((javafx.scene.control.ButtonBase) root.lookup("#lesson-problems-details")).fire());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#lesson-problems-list").tryQuery().isPresent());
            javafx.scene.control.TextArea list = robot.lookup("#lesson-problems-list")
                    .queryAs(javafx.scene.control.TextArea.class);
            assertThat(list.getText().split("\n")).containsExactlyElementsOf(problems);
        } finally {
            robot.interact(() -> {
                robot.listTargetWindows().stream().filter(w -> w != window[0] && w instanceof Stage s
                        && s.getOwner() == window[0]).forEach(w -> ((Stage) w).close());
                window[0].close();
            });
        }
    }

    @Test
    void theLessonTextFollowsTheLanguage(FxRobot robot) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            LessonsPanel[] panel = new LessonsPanel[1];
            robot.interact(() -> {
                panel[0] = new LessonsPanel(lessons);
                new Scene(new javafx.scene.layout.StackPane(panel[0].root()), 400, 800).getRoot().applyCss();
            });
            Lesson first = lessons.lessons().get(0);
            assertThat(((Label) panel[0].root().lookup("#lesson-title")).getText()).isEqualTo(first.title().zh());
            assertThat(((Label) panel[0].root().lookup("#lesson-text")).getText()).isEqualTo(first.text().zh());
            assertThat(((Button) panel[0].root().lookup("#lesson-show-me-0")).getText())
                    .isEqualTo(first.showMe().get(0).label().zh());
        } finally {
            Locale.setDefault(before);
        }
    }
}
