package org.activationlab.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.ui.curves.CurvesState;
import org.activationlab.ui.depth.DepthState;
import org.activationlab.ui.gates.GatesState;
import org.activationlab.ui.curves.gated.GatedState;
import org.activationlab.ui.lessons.LessonActions;
import org.activationlab.ui.lessons.LessonLibrary;
import org.activationlab.ui.lessons.LessonTab;
import org.activationlab.ui.lessons.LessonsViewModel;
import org.activationlab.ui.neuron.NeuronState;
import org.activationlab.ui.properties.PropertiesState;
import org.activationlab.ui.shootout.ShootoutState;
import org.activationlab.ui.training.TrainingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sessions saved by version 0.1.0 (kept under {@code fixtures/v0.1.0}, one per tab plus the
 * example {@code fresh.alab}) open to the state they were saved in: every field of every tab's
 * state equals that of views put through the same commands ({@link FixtureScenes}).
 */
@ExtendWith(ApplicationExtension.class)
class SessionFixturesTest {
    static final String FIXTURES = "/org/activationlab/fixtures/v0.1.0/";
    private static final LessonActions NO_ACTIONS = new LessonActions() {
        @Override
        public void showTab(LessonTab tab) {
        }

        @Override
        public void changeCurves(UnaryOperator<CurvesState> change) {
        }

        @Override
        public void changeProperties(UnaryOperator<PropertiesState> change) {
        }

        @Override
        public void changeTraining(UnaryOperator<TrainingState> change, boolean play) {
        }

        @Override
        public void changeNeuron(UnaryOperator<NeuronState> change) {
        }

        @Override
        public void changeDepth(UnaryOperator<DepthState> change) {
        }

        @Override
        public void changeGates(UnaryOperator<GatesState> change) {
        }

        @Override
        public void changeShootout(UnaryOperator<ShootoutState> change) {
        }

        @Override
        public void changeGated(UnaryOperator<GatedState> change) {
        }
    };

    @TempDir
    Path dir;
    private Views expected;
    private Views opened;

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            Stream.of(expected, opened).filter(v -> v != null).forEach(Views::close);
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    /** The fixture {@code name} copied to a file. */
    private Path fixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(FIXTURES + name)) {
            assertThat(in).as(name).isNotNull();
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    /** Views with the lessons part registered too, as the main window has. */
    private static Views withLessons(LessonsViewModel[] lessons) {
        Views views = new Views();
        lessons[0] = new LessonsViewModel(LessonLibrary.load(Path.of("no-such-folder")), NO_ACTIONS, m -> { });
        views.parts.register(ViewParts.lesson(() -> lessons[0]));
        return views;
    }

    static Stream<FixtureScenes.Scene> scenes() {
        return FixtureScenes.SCENES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void aSessionOfVersion010OpensToTheStateItWasSavedIn(FixtureScenes.Scene scene) throws Exception {
        Path file = fixture(scene.file());
        LessonsViewModel[] lessons = new LessonsViewModel[1];
        onFx(() -> {
            expected = new Views();
            scene.change().accept(expected);
            expected.tabs.getSelectionModel().select(Views.TAB_IDS.indexOf(scene.tab()));
            opened = withLessons(lessons);
            SessionParts.Restoration restoration = opened.parts.prepare(SessionFile.read(file));
            assertThat(restoration.skipped()).isEmpty();
            restoration.apply();
            return null;
        });
        if (scene.file().equals("training.alab")) {
            TrainingSnapshot want = reachStep(expected);
            TrainingSnapshot got = reachStep(opened);
            assertThat(got.loss()).isEqualTo(want.loss());
            assertThat(got.weights()).usingRecursiveComparison().isEqualTo(want.weights());
        }
        if (scene.file().equals("properties.alab")) {
            loadProperties(expected);
            loadProperties(opened);
        }

        Views.Snapshot got = onFx(opened::snapshot);
        assertThat(got).usingRecursiveComparison().isEqualTo(onFx(expected::snapshot));
        assertThat(got.tab()).isEqualTo(scene.tab());
        assertThat(onFx(lessons[0]::getLessonId))
                .isEqualTo(scene.file().equals("curves.alab") ? "why-relu" : "why-non-linearity");
    }

    @Test
    void theExampleFreshSessionOfVersion010OpensToTheStartingState() throws Exception {
        Path file = fixture("fresh.alab");
        Views.Snapshot got = onFx(() -> {
            expected = new Views();
            opened = new Views();
            opened.changeEverything();
            opened.parts.prepare(SessionFile.read(file)).apply();
            return opened.snapshot();
        });
        assertThat(got).usingRecursiveComparison().ignoringFields("properties")
                .isEqualTo(onFx(expected::snapshot));
        assertThat(got.properties().filter()).isEmpty();
    }

    /** Issue 16 item 14: the example has every part the app saves, lessons included, as the format page shows. */
    @Test
    void theExampleSessionHasEveryPartAndIsTheOneTheFormatPageShows() throws Exception {
        SessionDocument example = SessionFile.read(Path.of("assets/examples/fresh.alab"));
        String page = Files.readString(Path.of("docs/session-format.md"));
        String shown = page.substring(page.indexOf("```json", page.indexOf("## A complete session")) + "```json".length());

        assertThat(example.parts().keySet()).containsExactly("curves", "properties", "training", "neuron", "depth",
                "gates", "view", "lessons", "gated");
        assertThat(SessionFile.parse(shown.substring(0, shown.indexOf("```")))).isEqualTo(example);
        SessionParts.Restoration r = onFx(() -> {
            LessonsViewModel[] lessons = new LessonsViewModel[1];
            opened = withLessons(lessons);
            return opened.parts.prepare(example);
        });
        assertThat(r.skipped()).isEmpty();
    }

    private static TrainingSnapshot reachStep(Views views) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> {
            views.training.poll();
            return views.training.getSnapshot().step() == FixtureScenes.TRAINING_STEP;
        }));
        return onFx(views.training::getSnapshot);
    }

    private static void loadProperties(Views views) throws Exception {
        onFx(() -> {
            views.properties.load();
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !views.properties.loadingProperty().get()
                && views.properties.getSelected() != null));
        assertThat(onFx(() -> views.properties.getSelected().activation().name())).isEqualTo("elu");
    }
}
