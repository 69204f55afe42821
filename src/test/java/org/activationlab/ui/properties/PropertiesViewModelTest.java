package org.activationlab.ui.properties;

import org.activationlab.model.Activation;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Monotonicity;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.ui.library.ActivationChoices;
import org.activationlab.ui.library.FunctionLibrary;
import org.activationlab.ui.library.LibraryEntry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The properties view model on the FX thread, with the real analyzer behind a recording, optionally gated, wrapper. */
@ExtendWith(ApplicationExtension.class)
class PropertiesViewModelTest {
    private static final long TIMEOUT_SECONDS = 30;
    private final List<Activation> analysed = new CopyOnWriteArrayList<>();
    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private PropertiesViewModel model;

    @AfterEach
    void dispose() {
        if (model != null) {
            model.dispose();
        }
    }

    /**
     * The functions offered (the app's shared list of choices) outlive the model: once disposed, a
     * model must not be kept by them. It was, through its listener, and with it every app a test
     * run started: the full run ran out of memory.
     */
    @Test
    void aDisposedModelIsNotKeptByTheFunctionsItFollowed() throws InterruptedException {
        javafx.collections.ObservableList<org.activationlab.ui.library.ActivationChoice> offered =
                javafx.collections.FXCollections.observableArrayList(
                        org.activationlab.ui.library.ActivationChoice.of(ActivationSpec.of("relu")));
        PropertiesViewModel disposed = new PropertiesViewModel(PropertyAnalyzer::analyze, statuses::add, offered);
        java.lang.ref.WeakReference<PropertiesViewModel> gone = new java.lang.ref.WeakReference<>(disposed);
        disposed.dispose();
        disposed = null;
        for (int i = 0; i < 20 && gone.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }

        assertThat(gone.get()).as("the disposed model was collected").isNull();
        assertThat(offered).hasSize(1);
    }

    @Test
    void loadAnalysesTheCatalogueInOrderAndSelectsTheFirstFunction() throws TimeoutException {
        loaded(recording(PropertyAnalyzer::analyze));

        assertThat(model.rows()).extracting(p -> p.activation().name()).containsExactlyElementsOf(Catalogue.names());
        assertThat(analysed).hasSize(Catalogue.names().size());
        assertThat(model.getSelected().activation().name()).isEqualTo(Catalogue.names().get(0));
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(statuses).anyMatch(s -> s.matches("Analysing .+…"))
                .last().isEqualTo("Computed the properties of " + Catalogue.names().size() + " functions.");
    }

    @Test
    void editsArrivingDuringAnAnalysisAreCoalescedToTheNewest() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        loaded(recording(a -> {
            if (a.parameterValues().getOrDefault("slope", 0.01) != 0.01) {
                await(release);
            }
            return PropertyAnalyzer.analyze(a);
        }));
        analysed.clear();
        Activation leaky = Catalogue.get("leaky_relu");

        WaitForAsyncUtils.asyncFx(() -> {
            model.select("leaky_relu");
            for (double slope : new double[] {0.1, 0.2, 0.3, 0.4}) {
                model.changeParameters(leaky.with("slope", slope));
            }
        }).get();
        release.countDown();

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> row("leaky_relu").slopeAtZero() == 0.4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(analysed).extracting(a -> a.parameterValues().get("slope")).containsExactly(0.1, 0.4);
        assertThat(model.getSelected()).isSameAs(row("leaky_relu"));
        assertThat(model.rows()).hasSize(Catalogue.names().size());
    }

    @ParameterizedTest(name = "\"{0}\" shows {1}")
    @CsvSource(delimiter = '|', value = {
            "GELU       | gelu gelu_tanh",
            "silu       | silu",
            "  Hard_   | hard_sigmoid hard_tanh hard_swish",
            "'   '      | ALL",
            "zzz        | ''",
    })
    void theFilterMatchesNamesAndDisplayNamesIgnoringCase(String filter, String expected) throws TimeoutException {
        loaded(recording(PropertyAnalyzer::analyze));

        WaitForAsyncUtils.asyncFx(() -> model.setFilter(filter));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> names = model.visibleRows().stream().map(p -> p.activation().name()).toList();
        List<String> wanted = expected.equals("ALL") ? Catalogue.names()
                : Arrays.stream(expected.split(" ")).filter(s -> !s.isEmpty()).toList();
        assertThat(names).containsExactlyElementsOf(wanted);
    }

    @Test
    void aFailingAnalysisIsReportedAndEndsTheLoading() throws TimeoutException {
        model = new PropertiesViewModel(a -> {
            throw new IllegalStateException("no clock available");
        }, statuses::add);
        WaitForAsyncUtils.asyncFx(model::load);

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statuses).last().isEqualTo("Could not compute the properties: no clock available");
        assertThat(model.rows()).isEmpty();
        assertThat(model.getSelected()).isNull();
    }

    @Test
    void selectingAnUnknownNameClearsTheSelection() throws TimeoutException {
        loaded(recording(PropertyAnalyzer::analyze));

        WaitForAsyncUtils.asyncFx(() -> model.select("sigmoid"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelected().activation().name()).isEqualTo("sigmoid");

        WaitForAsyncUtils.asyncFx(() -> model.select("sigmoidd"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelected()).isNull();
    }

    @Test
    void intentsMakeTheNextStateAndAnEqualOneChangesNothing() throws Exception {
        model = new PropertiesViewModel(recording(PropertyAnalyzer::analyze), statuses::add);
        List<PropertiesState> states = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            model.stateProperty().addListener((obs, old, now) -> states.add(now));
            model.setFilter("lu");
            model.select("elu");
            model.changeParameters(Catalogue.get("elu").with("alpha", 0.5));
            model.setFilter("lu");
            model.select("elu");
            model.changeParameters(Catalogue.get("elu").with("alpha", 0.5));
        }).get();

        assertThat(states).hasSize(3).last().isEqualTo(new PropertiesState("lu", Optional.of("elu"),
                Map.of("elu", ActivationSpec.of("elu").with("alpha", 0.5))));
    }

    @Test
    void parametersSetBeforeLoadingAreTheOnesTheCatalogueIsAnalysedWith() throws TimeoutException {
        model = new PropertiesViewModel(recording(PropertyAnalyzer::analyze), statuses::add);
        WaitForAsyncUtils.asyncFx(() -> {
            model.changeParameters(Catalogue.get("elu").with("alpha", 0.5));
            model.select("elu");
            model.load();
        });
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> analysedEverything());

        assertThat(row("elu").activation().parameterValues()).containsEntry("alpha", 0.5);
        assertThat(model.getSelected()).isSameAs(row("elu"));
    }

    @Test
    void restoringAStateAnalysesAgainEveryFunctionWhoseParametersItChanges() throws Exception {
        loaded(recording(PropertyAnalyzer::analyze));
        PropertiesState edited = new PropertiesState("", Optional.of("celu"),
                Map.of("elu", ActivationSpec.of("elu").with("alpha", 0.5),
                        "celu", ActivationSpec.of("celu").with("alpha", 2.0)));

        WaitForAsyncUtils.asyncFx(() -> model.restore(edited)).get();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> analysedEverything());
        assertThat(row("elu").activation().parameterValues()).containsEntry("alpha", 0.5);
        assertThat(model.getSelected().activation().parameterValues()).containsEntry("alpha", 2.0);

        WaitForAsyncUtils.asyncFx(() -> model.restore(PropertiesState.INITIAL.withSelected("elu"))).get();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> analysedEverything());
        assertThat(row("elu").activation().parameterValues()).containsEntry("alpha", 1.0);
        assertThat(row("celu").activation().parameterValues()).containsEntry("alpha", 1.0);
    }

    private boolean analysedEverything() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> !model.isAnalysing() && !model.rows().isEmpty())
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void theLibraryFormulasGetRowsAfterTheCatalogueAndFollowTheLibrary(@TempDir Path dir) throws Exception {
        FunctionLibrary library = new FunctionLibrary(dir.resolve("functions.json"));
        library.add(LibraryEntry.of("Mish", "", "x * tanh(softplus(x))", Map.of()));
        model = new PropertiesViewModel(recording(PropertyAnalyzer::analyze), statuses::add,
                ActivationChoices.catalogue(library).list());
        WaitForAsyncUtils.asyncFx(model::load);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !model.loadingProperty().get()
                && model.rows().size() == Catalogue.names().size() + 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.rows()).hasSize(Catalogue.names().size() + 1);
        ActivationProperties mish = row("x * tanh(softplus(x))");
        assertThat(mish.monotonicity()).isEqualTo(Monotonicity.NOT_MONOTONIC);
        assertThat(model.yours(mish.activation())).contains("Mish");
        assertThat(model.yours(Catalogue.get("relu"))).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> {
            library.add(LibraryEntry.of("Square", "", "x^2", Map.of()));
            library.remove("Mish");
        }).get();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> model.rows().stream().anyMatch(p -> p.activation().name().equals("x^2")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.rows()).hasSize(Catalogue.names().size() + 1).last()
                .satisfies(p -> assertThat(p.activation().name()).isEqualTo("x^2"))
                .satisfies(p -> assertThat(p.range().lower()).isEqualTo(0.0));
        WaitForAsyncUtils.asyncFx(() -> model.select("x^2")).get();
        assertThat(model.getSelected().activation().name()).isEqualTo("x^2");
    }

    private void loaded(Function<Activation, ActivationProperties> analyzer) throws TimeoutException {
        model = new PropertiesViewModel(analyzer, statuses::add);
        WaitForAsyncUtils.asyncFx(model::load);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> !model.loadingProperty().get() && model.getSelected() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Function<Activation, ActivationProperties> recording(Function<Activation, ActivationProperties> analyzer) {
        return a -> {
            analysed.add(a);
            return analyzer.apply(a);
        };
    }

    private ActivationProperties row(String name) {
        return model.rows().stream().filter(p -> p.activation().name().equals(name)).findFirst().orElseThrow();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
