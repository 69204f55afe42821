package org.activationlab.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A named, real-valued parameter of an activation function. Its description is translated: it is
 * the model text {@code descriptionKey} (placeholders filled from {@code descriptionArguments}),
 * looked up at each call.
 */
public final class Parameter {
    private final String key;
    private final String descriptionKey;
    private final List<Object> descriptionArguments;
    private final double defaultValue;
    private final Domain domain;
    private final double sliderMin;
    private final double sliderMax;

    /**
     * @param key the name used in the CLI and in saved files, e.g. {@code "slope"} or {@code "w1"}
     * @param descriptionKey the model text describing it in one line, for tooltips and {@code list}
     * @param descriptionArguments what fills the description's placeholders (e.g. a piece number)
     * @param defaultValue the value a fresh activation starts with
     * @param domain the mathematically valid values, checked by {@link Activation#with}
     * @param sliderMin the lower end of the practical range a slider shows
     * @param sliderMax the upper end of the practical range a slider shows
     */
    public Parameter(String key, String descriptionKey, List<?> descriptionArguments, double defaultValue,
                     Domain domain, double sliderMin, double sliderMax) {
        if (!domain.contains(defaultValue)) {
            throw new IllegalArgumentException("default " + defaultValue + " of " + key + " is outside its domain");
        }
        this.key = key;
        this.descriptionKey = descriptionKey;
        this.descriptionArguments = List.copyOf(descriptionArguments);
        this.defaultValue = defaultValue;
        this.domain = domain;
        this.sliderMin = sliderMin;
        this.sliderMax = sliderMax;
    }

    /** A parameter whose description has no placeholders. */
    public Parameter(String key, String descriptionKey, double defaultValue, Domain domain,
                     double sliderMin, double sliderMax) {
        this(key, descriptionKey, List.of(), defaultValue, domain, sliderMin, sliderMax);
    }

    /** The name used in the CLI and in saved files, e.g. {@code "slope"}; never translated. */
    public String key() {
        return key;
    }

    /** One line for tooltips, in the current language. */
    public String description() {
        return description(Locale.getDefault());
    }

    /** One line for tooltips and {@code list}, in {@code locale}'s language ({@link Locale#ROOT}: English). */
    public String description(Locale locale) {
        return ModelTexts.format(locale, descriptionKey, descriptionArguments.toArray());
    }

    /** The value a fresh activation starts with. */
    public double defaultValue() {
        return defaultValue;
    }

    /** The mathematically valid values. */
    public Domain domain() {
        return domain;
    }

    /** The lower end of the practical range a slider shows. */
    public double sliderMin() {
        return sliderMin;
    }

    /** The upper end of the practical range a slider shows. */
    public double sliderMax() {
        return sliderMax;
    }

    /**
     * Checks {@code value} against the domain.
     *
     * @throws InvalidParameterException naming the function, the parameter, the value and the allowed range
     */
    public double validate(String function, double value) {
        if (!domain.contains(value)) {
            throw new InvalidParameterException(ModelTexts.format("error.parameterOutOfRange", key, function,
                    domain.describe(), Numbers.format(value)));
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter other && key.equals(other.key) && descriptionKey.equals(other.descriptionKey)
                && descriptionArguments.equals(other.descriptionArguments)
                && Double.compare(defaultValue, other.defaultValue) == 0 && domain.equals(other.domain)
                && Double.compare(sliderMin, other.sliderMin) == 0 && Double.compare(sliderMax, other.sliderMax) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, descriptionKey, descriptionArguments, defaultValue, domain, sliderMin, sliderMax);
    }

    @Override
    public String toString() {
        return "Parameter[" + key + "=" + Numbers.format(defaultValue) + ", " + domain + "]";
    }
}
