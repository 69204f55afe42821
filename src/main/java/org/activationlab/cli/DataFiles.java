package org.activationlab.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.activationlab.nn.DataFormatException;
import org.activationlab.shootout.DataFile;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads a {@code --data} file, for {@code train} and {@code shootout} alike: every problem (no such
 * file, not UTF-8, a bad line, too many points) is a {@link ParameterException} of one line naming
 * the option and the file, which the root command reports with exit status 2.
 */
final class DataFiles {
    private DataFiles() {
    }

    /** The points of {@code file}, or a one-line refusal. */
    static DataFile read(CommandLine command, Path file) {
        try {
            return DataFile.read(file);
        } catch (NoSuchFileException e) {
            throw new ParameterException(command, CliTexts.format("error.noSuchFile", "--data", file));
        } catch (DataFormatException e) {
            throw new ParameterException(command, "--data " + file + ": " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new ParameterException(command, CliTexts.format("error.notUtf8", "--data", file));
        } catch (IOException e) {
            throw new ParameterException(command, CliTexts.format("error.cannotRead", "--data", file,
                    TrainCommand.describe(e)));
        }
    }
}
