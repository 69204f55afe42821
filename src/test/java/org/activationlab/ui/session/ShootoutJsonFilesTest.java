package org.activationlab.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.nn.Task;
import org.activationlab.shootout.ShootoutTask;
import org.activationlab.ui.Messages;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.json.JsonText;
import org.activationlab.ui.shootout.ShootoutKeys;
import org.activationlab.ui.shootout.ShootoutState;
import org.activationlab.ui.shootout.TaskFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV files among the Shoot-out tab's tasks in a session: kept by path, read again when it opens. */
class ShootoutJsonFilesTest {
    @TempDir
    Path tmp;

    private static ShootoutState read(String json) throws JsonFormatException {
        return ShootoutJson.read(FieldReader.of(JsonText.parse(json), "/parts/shootout"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theFilesRoundTripByPathAndAreReadAgain() throws IOException, JsonFormatException {
        Path moons = write("moons.csv", "x1,x2,label\n0,0,1\n1,1,0\n0.5,0.5,1\n");
        Path curve = write("curve.csv", "x,y\n0,0\n1,1\n");
        ShootoutState state = ShootoutState.INITIAL.withFileAdded(TaskFile.read(moons))
                .withFileAdded(TaskFile.read(curve));
        ObjectNode json = ShootoutJson.write(state);
        assertThat(json.get("files")).hasSize(2);
        assertThat(json.get("files").get(0).asText()).isEqualTo(moons.toString());
        ShootoutState opened = read(json.toString());
        assertThat(opened).isEqualTo(state);
        assertThat(opened.plan().tasks()).extracting(ShootoutTask::name)
                .containsExactly("circle", "moons.csv", "curve.csv");
    }

    @Test
    void withoutFilesTheFieldIsNotWrittenAndAnOlderFileOpensWithNone() throws JsonFormatException {
        ObjectNode json = ShootoutJson.write(ShootoutState.INITIAL);
        assertThat(json.has("files")).isFalse();
        assertThat(read(json.toString())).isEqualTo(ShootoutState.INITIAL);
        assertThat(read(json.toString()).files()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsKeptWithTheReasonLeftOutOfTheRunsAndTheRestOpens()
            throws IOException, JsonFormatException {
        Path moons = write("moons.csv", "x1,x2,label\n0,0,1\n1,1,0\n");
        Path broken = write("broken.csv", "x1,x2,label\n0,0,7\n");
        ShootoutState state = ShootoutState.INITIAL.withTasks(List.of(Task.XOR)).withSeeds(7)
                .withFileAdded(TaskFile.read(moons)).withFileAdded(TaskFile.read(broken));
        assertThat(state.files().get(1).readable()).isFalse();
        String json = ShootoutJson.write(state).toString();
        Files.delete(moons);

        ShootoutState opened = read(json);
        assertThat(opened.seeds()).isEqualTo(7);
        assertThat(opened.tasks()).containsExactly(Task.XOR);
        assertThat(opened.files()).extracting(TaskFile::path).containsExactly(moons, broken);
        assertThat(opened.files()).noneMatch(TaskFile::readable);
        assertThat(opened.files().get(0).problem()).isEqualTo(Messages.format(ShootoutKeys.FILE_MISSING,
                moons.toString()));
        assertThat(opened.files().get(1).problem()).startsWith(broken + ": ").contains("line 2");
        assertThat(opened.plan().tasks()).extracting(ShootoutTask::name).containsExactly("xor");
        assertThat(opened.withTasks(List.of()).runnable()).as("only unreadable files: nothing to run").isFalse();
        assertThat(read(ShootoutJson.write(opened).toString())).as("saved again, the paths are kept")
                .extracting(ShootoutState::files).isEqualTo(opened.files());
    }

    @Test
    void theSameFileTwiceOrABadEntryIsRefusedByItsPointer() throws IOException, JsonFormatException {
        Path moons = write("moons.csv", "x1,x2,label\n0,0,1\n");
        ObjectNode json = ShootoutJson.write(ShootoutState.INITIAL);
        json.putArray("files").add(moons.toString()).add(tmp.resolve(".").resolve("moons.csv").toString());
        assertThatThrownBy(() -> read(json.toString())).isInstanceOf(JsonFormatException.class)
                .hasMessageStartingWith("/parts/shootout/files/1").hasMessageContaining("twice");
        json.set("files", JsonText.parse("[3]"));
        assertThatThrownBy(() -> read(json.toString())).hasMessageStartingWith("/parts/shootout/files/0");
        json.set("files", JsonText.parse("\"moons.csv\""));
        assertThatThrownBy(() -> read(json.toString())).hasMessageStartingWith("/parts/shootout/files");
    }
}
