package org.activationlab.ui.session;

import org.activationlab.ui.json.JsonFormatException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.activationlab.nn.TrainingSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real view models: every setting of every view survives saving and opening, and a file
 * that cannot be opened changes nothing at all.
 */
@ExtendWith(ApplicationExtension.class)
class SessionRestoreTest {
    @TempDir
    Path dir;
    private Views saved;
    private Views fresh;

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            if (saved != null) {
                saved.close();
            }
            if (fresh != null) {
                fresh.close();
            }
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private Path save(Views views, String name) throws Exception {
        Path file = dir.resolve(name);
        SessionFile.write(file, SessionFile.envelope("test", views.parts.save()));
        return file;
    }

    @Test
    void everySettingOfEveryViewComesBack() throws Exception {
        Views.Snapshot before = onFx(() -> {
            saved = new Views();
            saved.changeEverything();
            return saved.snapshot();
        });
        Path file = onFx(() -> save(saved, "all.alab"));

        Views.Snapshot after = onFx(() -> {
            fresh = new Views();
            Views.Snapshot untouched = fresh.snapshot();
            assertThat(Stream.of(untouched.curves(), untouched.properties(), untouched.training(), untouched.neuron(),
                    untouched.depth(), untouched.gates(), untouched.tab()).toList())
                    .as("every view starts elsewhere").doesNotContainAnyElementsOf(Stream.of(before.curves(),
                            before.properties(), before.training(), before.neuron(), before.depth(), before.gates(),
                            before.tab()).toList());
            SessionParts.Restoration r = fresh.parts.prepare(SessionFile.read(file));
            assertThat(r.skipped()).isEmpty();
            r.apply();
            return fresh.snapshot();
        });

        assertThat(after).usingRecursiveComparison().isEqualTo(before);
        assertThat(after.tab()).isEqualTo("gates-tab");
        assertThat(after.training().state().comparison()).get().extracting(a -> a.parameters().get("slope")).isEqualTo(0.2);
        assertThat(after.curves().activation("maxout").parameterValues()).containsEntry("k", 3.0).containsEntry("b3", 1.25);
    }

    @Test
    void theTrainingRunReplaysToTheSavedStepWithTheSameWeights() throws Exception {
        onFx(() -> {
            saved = new Views();
            saved.changeEverything();
            saved.training.step(40);
            return null;
        });
        TrainingSnapshot original = reachStep(saved, 40);
        Path file = onFx(() -> save(saved, "run.alab"));

        onFx(() -> {
            fresh = new Views();
            fresh.parts.prepare(SessionFile.read(file)).apply();
            return null;
        });
        TrainingSnapshot replayed = reachStep(fresh, 40);

        assertThat(replayed.loss()).isEqualTo(original.loss());
        assertThat(replayed.weights()).usingRecursiveComparison().isEqualTo(original.weights());
    }

    private static TrainingSnapshot reachStep(Views views, int step) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> {
            views.training.poll();
            return views.training.getSnapshot().step() == step;
        }));
        return onFx(views.training::getSnapshot);
    }

    static Stream<Arguments> unopenable() {
        return Stream.of(
                Arguments.of("corrupt", "{\"format\":\"activation-lab-session\",\"version\":1,\"parts\":{\"gates\":{]}}",
                        "not valid JSON"),
                Arguments.of("truncated", null, "cut short"),
                Arguments.of("newer", "{\"format\":\"activation-lab-session\",\"version\":7,\"app\":\"4.0\",\"parts\":{}}",
                        "newer Activation Lab"),
                Arguments.of("not JSON", "PK\u0003\u0004 this is a zip", "not valid JSON"),
                Arguments.of("wrong format", "{\"format\":\"tensorflow-playground\",\"version\":1,\"parts\":{}}",
                        "its format is \"tensorflow-playground\""),
                Arguments.of("a bad value in the last part", null, "gates: the gate pre-activation must be a number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unopenable")
    void aFileThatCannotBeOpenedChangesNothing(String kind, String content, String expected) throws Exception {
        ObjectNode before = onFx(() -> {
            fresh = new Views();
            fresh.changeEverything();
            return fresh.parts.save();
        });
        String text = content != null ? content : onFx(() -> {
            saved = new Views();
            ObjectNode session = SessionFile.envelope("test", saved.parts.save());
            if (kind.startsWith("truncated")) {
                String whole = session.toPrettyString();
                return whole.substring(0, whole.length() * 2 / 3);
            }
            ((ObjectNode) session.get("parts").get("gates")).put("gatePreActivation", 6.5);
            return session.toPrettyString();
        });
        Path file = Files.writeString(dir.resolve("bad.alab"), text);

        assertThatThrownBy(() -> onFx(() -> fresh.parts.prepare(SessionFile.read(file))))
                .cause().isInstanceOf(JsonFormatException.class).hasMessageContaining(expected);
        assertThat(onFx(() -> fresh.parts.save())).isEqualTo(before);
    }

    @Test
    void partsAndFieldsANewerVersionAddedAreIgnoredAndNamedAndNullIsAbsent() throws Exception {
        Path file = onFx(() -> {
            saved = new Views();
            saved.changeEverything();
            ObjectNode session = SessionFile.envelope("test", saved.parts.save());
            ((ObjectNode) session.get("parts")).putObject("lessons").put("lesson", "relu").put("step", 2);
            ((ObjectNode) session.get("parts").get("gates")).put("colourScheme", "warm");
            ((ObjectNode) session.get("parts").get("training")).putNull("step");
            Path f = dir.resolve("extra.alab");
            SessionFile.write(f, session);
            return f;
        });
        SessionParts.Restoration restoration = onFx(() -> {
            fresh = new Views();
            SessionParts.Restoration r = fresh.parts.prepare(SessionFile.read(file));
            r.apply();
            return r;
        });
        assertThat(restoration.skipped()).containsExactly("/parts/gates/colourScheme", "/parts/lessons");
        assertThat(onFx(() -> fresh.snapshot().training().step())).as("a null step counts as absent: 0").isZero();
        assertThat(onFx(() -> fresh.snapshot().gates())).isEqualTo(onFx(() -> saved.snapshot().gates()));
    }

    @Test
    void aPartRegisteredTwiceIsRefused() throws Exception {
        onFx(() -> {
            fresh = new Views();
            return null;
        });
        assertThatThrownBy(() -> fresh.parts.register(ViewParts.gates(fresh.gates)))
                .hasMessage("a session part called gates is already registered");
    }
}
