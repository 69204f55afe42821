package org.activationlab.ui.shootout;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.activationlab.nn.DataFormatException;
import org.activationlab.shootout.DataFile;
import org.activationlab.ui.Messages;

/**
 * A CSV file chosen as a shoot-out task: its points, read once as {@code train --data} reads them,
 * or why they could not be read (no such file, not UTF-8, a bad line, too many points), in the
 * language of the moment it was read. A file that cannot be read stays listed, so that a session
 * keeps it, and is left out of the runs.
 *
 * @param path the file
 * @param data its points, or empty when they could not be read
 * @param problem why they could not be read, empty when they were
 */
public record TaskFile(Path path, Optional<DataFile> data, String problem) {
    public TaskFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(problem, "problem");
        if (data.isPresent() == !problem.isEmpty()) {
            throw new IllegalArgumentException("a task file has its points or a problem, not both or neither: " + path);
        }
    }

    /** Reads {@code path}; a file that cannot be read gives a {@link TaskFile} that says why. */
    public static TaskFile read(Path path) {
        try {
            return new TaskFile(path, Optional.of(DataFile.read(path)), "");
        } catch (NoSuchFileException e) {
            return failed(path, Messages.format(ShootoutKeys.FILE_MISSING, path.toString()));
        } catch (AccessDeniedException e) {
            return failed(path, Messages.format(ShootoutKeys.FILE_UNREADABLE, path.toString(),
                    Messages.get(ShootoutKeys.FILE_PERMISSION)));
        } catch (CharacterCodingException e) {
            return failed(path, Messages.format(ShootoutKeys.FILE_NOT_UTF8, path.toString()));
        } catch (DataFormatException e) {
            return failed(path, Messages.format(ShootoutKeys.FILE_BAD, path.toString(), e.getMessage()));
        } catch (IOException e) {
            return failed(path, Messages.format(ShootoutKeys.FILE_UNREADABLE, path.toString(),
                    e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
    }

    private static TaskFile failed(Path path, String problem) {
        return new TaskFile(path, Optional.empty(), problem);
    }

    /** Whether its points were read. */
    public boolean readable() {
        return data.isPresent();
    }

    /** Whether it is the file {@code other} names (the same absolute path, once normalised). */
    public boolean isFile(Path other) {
        return identity().equals(other.toAbsolutePath().normalize());
    }

    /** The file, absolute and normalised: two task files are the same file when these are equal. */
    Path identity() {
        return path.toAbsolutePath().normalize();
    }
}
