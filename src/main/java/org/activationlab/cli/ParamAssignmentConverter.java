package org.activationlab.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code KEY=VALUE} to a {@link ParamAssignment}, with a one-line message when malformed. */
public final class ParamAssignmentConverter implements ITypeConverter<ParamAssignment> {
    @Override
    public ParamAssignment convert(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new TypeConversionException(CliTexts.format("error.param.notAssignment", text));
        }
        String key = text.substring(0, equals).strip();
        if (key.isEmpty()) {
            throw new TypeConversionException(CliTexts.format("error.param.noKey", text));
        }
        try {
            return new ParamAssignment(key, NumberText.parseFinite(text.substring(equals + 1)));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(CliTexts.format("error.param.value", text, e.getMessage()));
        }
    }
}
