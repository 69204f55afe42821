package org.activationlab.model;

/**
 * A named, real-valued parameter of an activation function.
 *
 * @param key the name used in the CLI and in saved files, e.g. {@code "slope"} or {@code "w1"}
 * @param description one line for tooltips and {@code list}
 * @param defaultValue the value a fresh activation starts with
 * @param domain the mathematically valid values, checked by {@link Activation#with}
 * @param sliderMin the lower end of the practical range a slider shows
 * @param sliderMax the upper end of the practical range a slider shows
 */
public record Parameter(String key, String description, double defaultValue, Domain domain,
                        double sliderMin, double sliderMax) {

    public Parameter {
        if (!domain.contains(defaultValue)) {
            throw new IllegalArgumentException("default " + defaultValue + " of " + key + " is outside its domain");
        }
    }

    /**
     * Checks {@code value} against the domain.
     *
     * @throws InvalidParameterException naming the function, the parameter, the value and the allowed range
     */
    public double validate(String function, double value) {
        if (!domain.contains(value)) {
            throw new InvalidParameterException("parameter '" + key + "' of " + function + " must be "
                    + domain.describe() + ", got " + Numbers.format(value));
        }
        return value;
    }
}
