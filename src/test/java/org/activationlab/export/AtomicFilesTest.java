package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private static String[] listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void writesTheWholeContentAndReplacesAnOldFile() throws Exception {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        AtomicFiles.write(file, out -> out.write("new content".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("new content");
        assertThat(listing(dir)).containsExactly("out.txt");
    }

    @Test
    void theFileGetsThePermissionsOfAnyNewFile() throws Exception {
        Path file = dir.resolve("shared.svg");
        AtomicFiles.write(file, out -> out.write(1));
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(ExportException.class).hasMessage("cannot write " + file + ": disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(listing(dir)).containsExactly("out.txt");
    }

    @Test
    void aFailingRendererLeavesNoFileAtAll() throws Exception {
        Path file = dir.resolve("new.png");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("renderer broke");
        })).isInstanceOf(ExportException.class).hasMessageContaining("renderer broke");
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = dir.resolve("no/such/folder/out.png");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write(1)))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + file + ": the folder " + dir.resolve("no/such/folder") + " does not exist");
    }

    @Test
    void aFileInPlaceOfTheFolderIsNamed() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = notAFolder.resolve("out.png");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write(1)))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("is not a folder");
    }

    @Test
    void aFolderInPlaceOfTheFileIsNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.png"));
        assertThatThrownBy(() -> AtomicFiles.write(folder, out -> out.write(1)))
                .isInstanceOf(ExportException.class)
                .hasMessage("cannot write " + folder + ": it is a folder");
    }

    @Test
    void anUnwritableFolderIsReported() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertThat(locked.toFile().setWritable(false, false)).isTrue();
        try {
            Path file = locked.resolve("out.png");
            Assumptions.assumeFalse(Files.isWritable(locked), "running as root: folder permissions do not stop writes");
            assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write(1)))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("cannot write " + file + ": permission denied in " + locked);
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }
}
