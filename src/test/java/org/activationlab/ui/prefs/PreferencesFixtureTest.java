package org.activationlab.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preferences file written by version 0.1.0 still gives every value it holds. */
class PreferencesFixtureTest {
    @TempDir
    Path dir;

    @Test
    void thePreferencesOfVersion010ReadTheSame() throws Exception {
        Path file = dir.resolve(UserPreferences.FILE_NAME);
        try (var in = getClass().getResourceAsStream("/org/activationlab/fixtures/v0.1.0/preferences.json")) {
            Files.write(file, in.readAllBytes());
        }

        UserPreferences p = new UserPreferences(file);

        assertThat(p.loadProblem()).isEmpty();
        assertThat(p.getStrings("session.recent")).containsExactly("/home/teacher/lesson-3.alab", "/home/teacher/relu.alab");
        assertThat(p.getString("session.lastFolder")).contains("/home/teacher");
        assertThat(p.getDouble("window.x", -1)).isEqualTo(40);
        assertThat(p.getDouble("window.y", -1)).isEqualTo(30.5);
        assertThat(p.getDouble("window.width", -1)).isEqualTo(1400);
        assertThat(p.getDouble("window.height", -1)).isEqualTo(900);
        assertThat(p.getBoolean("window.maximised", true)).isFalse();
        assertThat(p.getString("view.language")).contains("zh");
        assertThat(p.getBoolean("lessons.open", false)).isTrue();
    }
}
