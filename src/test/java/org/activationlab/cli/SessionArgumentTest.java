package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which command lines name a session for the desktop app, and which problems stop it before the app starts. */
class SessionArgumentTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" is a session: {1}")
    @CsvSource(delimiter = '|', value = {
            "lesson.alab | true",
            "/home/t/Lessons/ReLU.ALAB | true",
            "list | false",
            "--help | false",
            "-x.alab | false",
            "notes.alab.txt | false",
            "weights.json | false",
    })
    void aSingleArgumentEndingInAlabIsASession(String arg, boolean session) {
        assertThat(SessionArgument.isSession(arg)).isEqualTo(session);
    }

    @Test
    void moreThanOneArgumentIsACommandLineForTheCli() {
        assertThat(SessionArgument.isSession("export", "a.alab")).isFalse();
        assertThat(SessionArgument.isSession()).isFalse();
    }

    @Test
    void aReadableFileHasNoProblemAndAFolderOrAMissingFileHasOne() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.alab"), "{}");
        Path folder = Files.createDirectory(dir.resolve("folder.alab"));
        assertThat(SessionArgument.problem(file.toString())).isEmpty();
        assertThat(SessionArgument.problem(folder.toString())).contains("activation-lab: cannot open the session "
                + folder + ": it is a folder, not a file");
        assertThat(SessionArgument.problem(dir.resolve("no.alab").toString())).get().asString()
                .endsWith("the file does not exist");
    }
}
