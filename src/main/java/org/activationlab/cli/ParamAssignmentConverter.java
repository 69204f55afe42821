package org.activationlab.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code KEY=VALUE} to a {@link ParamAssignment}, with a one-line message when malformed. */
public final class ParamAssignmentConverter implements ITypeConverter<ParamAssignment> {
    @Override
    public ParamAssignment convert(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new TypeConversionException("'" + text + "' is not KEY=VALUE (e.g. slope=0.1)");
        }
        String key = text.substring(0, equals).strip();
        if (key.isEmpty()) {
            throw new TypeConversionException("'" + text + "' names no parameter before '=' (e.g. slope=0.1)");
        }
        try {
            return new ParamAssignment(key, NumberText.parseFinite(text.substring(equals + 1)));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("in " + text + ", " + e.getMessage());
        }
    }
}
