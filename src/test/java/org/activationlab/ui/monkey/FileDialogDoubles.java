package org.activationlab.ui.monkey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import javafx.stage.Window;
import org.activationlab.export.ExportFormat;
import org.activationlab.ui.export.SaveFileChooser;
import org.activationlab.ui.session.SessionFileChooser;
import org.activationlab.ui.training.RunFileChooser;

/**
 * Stand-ins for the platform's file dialogs, which are native windows a test cannot drive: they
 * answer at random, seeded, as a user would: cancel, or a file in the test's folder (a new one or
 * one written before, to open or to replace).
 */
public final class FileDialogDoubles implements SaveFileChooser, SessionFileChooser, RunFileChooser {
    private final Path folder;
    private final Random random;
    private int files;

    /** Answers with files in {@code folder}, choosing with {@code random}. */
    public FileDialogDoubles(Path folder, Random random) {
        this.folder = folder;
        this.random = random;
    }

    @Override
    public synchronized Optional<ChosenFile> choose(Window owner, ExportFormat format, String suggestedName) {
        return saveAs(suggestedName + "." + format.extension()).map(p -> new ChosenFile(p, random.nextBoolean()));
    }

    @Override
    public synchronized Optional<Path> chooseToOpen(Window owner) {
        if (random.nextInt(3) == 0) {
            return Optional.empty();
        }
        try (Stream<Path> written = Files.list(folder)) {
            List<Path> all = written.sorted().toList();
            return all.isEmpty() ? Optional.of(folder.resolve("missing.alab"))
                    : Optional.of(all.get(random.nextInt(all.size())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public synchronized Optional<Path> chooseToSave(Window owner, String suggestedName) {
        return saveAs(suggestedName);
    }

    @Override
    public synchronized Optional<Path> choose(Window owner, String suggestedName, List<String> patterns) {
        return saveAs(suggestedName);
    }

    /** Cancel (one time in three), a file written before, or a new file named after {@code name}. */
    private Optional<Path> saveAs(String name) {
        return switch (random.nextInt(3)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(folder.resolve(name));
            default -> Optional.of(folder.resolve(++files + "-" + name));
        };
    }
}
