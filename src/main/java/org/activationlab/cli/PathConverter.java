package org.activationlab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value to a file or folder path, refusing an empty (or blank) value: the
 * JDK reads {@code Path.of("")} as the current folder, so {@code --out ''} would silently write
 * there.
 */
public final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException(CliTexts.get("error.path.empty"));
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(CliTexts.format("error.path.invalid", value, e.getReason()));
        }
    }
}
