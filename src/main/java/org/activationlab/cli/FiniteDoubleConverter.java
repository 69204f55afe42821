package org.activationlab.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts an option value to a finite double with {@link NumberText#parseFinite}. */
public final class FiniteDoubleConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        try {
            return NumberText.parseFinite(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
