package org.activationlab.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.activationlab.ui.prefs.UserPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent sessions: newest first, no duplicates, at most eight, kept between runs, gone files removed. */
class RecentFilesTest {
    @TempDir
    Path dir;

    private UserPreferences preferences() {
        return new UserPreferences(dir.resolve("prefs.json"));
    }

    private Path session(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @Test
    void theNewestComesFirstAndAFileReopenedMovesToTheTop() throws Exception {
        RecentFiles recent = new RecentFiles(preferences());
        Path a = session("a.alab");
        Path b = session("b.alab");
        recent.add(a);
        recent.add(b);
        recent.add(dir.resolve("sub/../a.alab"));
        assertThat(recent.list()).containsExactly(a, b);
    }

    @Test
    void onlyTheLastEightAreKeptAndTheNextRunSeesThem() throws Exception {
        RecentFiles recent = new RecentFiles(preferences());
        List<Path> files = IntStream.rangeClosed(1, 10).mapToObj(i -> dir.resolve(i + ".alab")).toList();
        files.forEach(recent::add);
        assertThat(new RecentFiles(preferences()).list()).hasSize(RecentFiles.MAX)
                .containsExactlyElementsOf(IntStream.rangeClosed(0, RecentFiles.MAX - 1).mapToObj(i -> files.get(files.size() - 1 - i)).toList());
    }

    @Test
    void filesThatAreGoneAreRemovedAndReported() throws Exception {
        RecentFiles recent = new RecentFiles(preferences());
        Path kept = session("kept.alab");
        Path gone = session("gone.alab");
        recent.add(gone);
        recent.add(kept);
        Files.delete(gone);
        assertThat(recent.removeMissing()).containsExactly(gone);
        assertThat(recent.list()).containsExactly(kept);
        assertThat(recent.removeMissing()).isEmpty();
        recent.add(gone);
        recent.remove(kept);
        assertThat(new RecentFiles(preferences()).list()).containsExactly(gone);
        recent.clear();
        assertThat(new RecentFiles(preferences()).list()).isEmpty();
    }

    @Test
    void entriesThatAreNotPathsAreSkipped() {
        UserPreferences prefs = preferences();
        prefs.putStrings(RecentFiles.KEY, List.of("/ok.alab", "bad\u0000name", "/ok.alab"));
        assertThat(new RecentFiles(prefs).list()).containsExactly(Path.of("/ok.alab"));
    }
}
