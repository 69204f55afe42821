package org.activationlab.shootout;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.activationlab.nn.DataCsv;
import org.activationlab.nn.DataFormatException;
import org.activationlab.nn.Dataset;

/**
 * The points of a CSV file ({@link DataCsv}'s format, as {@code train --data} reads it), read once.
 *
 * @param path the file, as the user gave it (the {@code --data} of every run's command)
 * @param data its points
 */
public record DataFile(Path path, Dataset data) {
    public DataFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(data, "data");
    }

    /**
     * Reads {@code path} as strict UTF-8, as {@code train --data} does.
     *
     * @throws java.nio.charset.CharacterCodingException if it is not UTF-8
     * @throws java.nio.file.NoSuchFileException if there is no such file
     * @throws IOException if reading fails otherwise
     * @throws DataFormatException naming the first bad line (the bounds of {@link DataCsv} included)
     */
    public static DataFile read(Path path) throws IOException, DataFormatException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new DataFile(path, DataCsv.read(reader));
        }
    }

    /** The file, absolute and normalised: two data files are the same file when these are equal. */
    Path identity() {
        return path.toAbsolutePath().normalize();
    }
}
