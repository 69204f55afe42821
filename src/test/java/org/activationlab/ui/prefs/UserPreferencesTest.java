package org.activationlab.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Preferences kept between runs: stored at once as JSON, read back by the next run, never lost to a bad file. */
class UserPreferencesTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("config").resolve(UserPreferences.FILE_NAME);
    }

    @Test
    void valuesAreWrittenAtOnceAndReadByTheNextRun() throws Exception {
        UserPreferences first = new UserPreferences(file());
        first.putString("language", "zh");
        first.putDouble("scale", 1.75);
        first.putBoolean("window.maximised", true);
        first.putStrings("session.recent", List.of("/a.alab", "/b.alab"));

        assertThat(new ObjectMapper().readTree(file().toFile()).get("scale").doubleValue()).isEqualTo(1.75);
        UserPreferences next = new UserPreferences(file());
        assertThat(next.loadProblem()).isEmpty();
        assertThat(next.getString("language")).contains("zh");
        assertThat(next.getDouble("scale", 1)).isEqualTo(1.75);
        assertThat(next.getBoolean("window.maximised", false)).isTrue();
        assertThat(next.getStrings("session.recent")).containsExactly("/a.alab", "/b.alab");
    }

    @Test
    void missingOrMistypedValuesGiveTheFallback() {
        UserPreferences prefs = new UserPreferences(file());
        prefs.putString("scale", "large");
        assertThat(prefs.getDouble("scale", 1.5)).isEqualTo(1.5);
        assertThat(prefs.getBoolean("scale", true)).isTrue();
        assertThat(prefs.getString("nothing")).isEmpty();
        assertThat(prefs.getStrings("scale")).isEmpty();
        prefs.remove("scale");
        assertThat(prefs.getString("scale")).isEmpty();
        assertThatThrownBy(() -> prefs.putDouble("scale", Double.NaN)).hasMessageContaining("finite number");
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedAndANullOrUnknownKeyChangesNothing() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "\uFEFF{\"view.language\": \"zh\", \"window.x\": null, \"shootout.runs\": 3}",
                java.nio.charset.StandardCharsets.UTF_8);
        UserPreferences prefs = new UserPreferences(file());
        assertThat(prefs.loadProblem()).isEmpty();
        assertThat(prefs.getString("view.language")).contains("zh");
        assertThat(prefs.getDouble("window.x", 7)).as("null counts as absent").isEqualTo(7);
        prefs.putString("view.language", "en");
        assertThat(Files.readString(file())).as("a key no feature reads is kept").contains("\"shootout.runs\" : 3");
    }

    @Test
    void aFileThatIsNotUtf8GivesDefaultsAndSaysSo() throws Exception {
        Files.createDirectories(file().getParent());
        Files.write(file(), "{\"view.language\": \"zh\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        assertThat(new UserPreferences(file()).loadProblem()).get().asString().contains("it is not UTF-8 text");
    }

    @Test
    void aDamagedFileGivesDefaultsAndSaysWhy() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"language\": \"zh\", ");
        UserPreferences prefs = new UserPreferences(file());
        assertThat(prefs.loadProblem()).get().asString().contains("the file is cut short").startsWith(file().toString());
        assertThat(prefs.getString("language")).isEmpty();
        prefs.putString("language", "en");
        assertThat(new UserPreferences(file()).getString("language")).contains("en");
    }

    @Test
    void aWriteThatFailsIsReportedNotThrown() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        UserPreferences prefs = new UserPreferences(blocker.resolve(UserPreferences.FILE_NAME));
        List<String> problems = new ArrayList<>();
        prefs.onProblem(problems::add);
        prefs.putString("language", "zh");
        assertThat(problems).singleElement().asString().startsWith("cannot save the preferences");
        assertThat(prefs.getString("language")).contains("zh");
    }

    @Test
    void aSystemPropertyChoosesTheFolder() {
        String old = System.getProperty(UserPreferences.DIRECTORY_PROPERTY);
        try {
            System.setProperty(UserPreferences.DIRECTORY_PROPERTY, dir.toString());
            assertThat(UserPreferences.defaultDirectory()).isEqualTo(dir);
        } finally {
            if (old == null) {
                System.clearProperty(UserPreferences.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(UserPreferences.DIRECTORY_PROPERTY, old);
            }
        }
    }

    @Test
    void aWindowPlacementIsStoredAndReadBack() {
        UserPreferences prefs = new UserPreferences(file());
        assertThat(WindowPlacement.load(prefs)).isEmpty();
        new WindowPlacement(10, 20, 900, 600, true).save(prefs);
        assertThat(WindowPlacement.load(new UserPreferences(file()))).contains(new WindowPlacement(10, 20, 900, 600, true));
    }

    @ParameterizedTest(name = "window at ({0}, {1}) {2}x{3}: shown {4}")
    @CsvSource({
            "100, 100, 800, 600, true",
            "-700, 100, 800, 600, true",
            "-750, 100, 800, 600, false",
            "1850, 100, 800, 600, true",
            "3150, 100, 800, 600, false",
            "2000, 0, 800, 600, true",
            "100, 1050, 800, 600, false",
            "5000, 5000, 800, 600, false",
    })
    void aPlacementIsUsedOnlyWhereAScreenShowsEnoughOfIt(double x, double y, double w, double h, boolean shown) {
        List<Rectangle2D> screens = List.of(new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(1920, 0, 1280, 800));
        assertThat(new WindowPlacement(x, y, w, h, false).visibleOn(screens)).isEqualTo(shown);
    }
}
