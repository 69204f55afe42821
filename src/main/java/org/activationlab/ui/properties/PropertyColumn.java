package org.activationlab.ui.properties;

import org.activationlab.model.ActivationProperties;
import org.activationlab.ui.DisplayNumbers;
import org.activationlab.ui.TextKeys;

import java.util.Comparator;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The computed properties as the table's columns and the details' rows: a header, an
 * explanation, the text of a value, and how values sort.
 */
enum PropertyColumn {
    RANGE(TextKeys.PROPERTY_RANGE, PropertyText::range,
            Comparator.comparingDouble((ActivationProperties p) -> p.range().lower())
                    .thenComparingDouble(p -> p.range().upper())),
    BOUNDED(TextKeys.PROPERTY_BOUNDED, PropertyText::bounded),
    MONOTONIC(TextKeys.PROPERTY_MONOTONIC, p -> PropertyText.monotonicity(p.monotonicity())),
    VALUE_AT_ZERO(TextKeys.PROPERTY_VALUE_AT_ZERO, ActivationProperties::valueAtZero, DisplayNumbers::format),
    SLOPE_AT_ZERO(TextKeys.PROPERTY_SLOPE_AT_ZERO, ActivationProperties::slopeAtZero, DisplayNumbers::format),
    NEAR_IDENTITY(TextKeys.PROPERTY_NEAR_IDENTITY, p -> PropertyText.yesNo(p.nearIdentity())),
    ZERO_CENTRED(TextKeys.PROPERTY_ZERO_CENTRED, p -> PropertyText.yesNo(p.zeroCentred())),
    SATURATION(TextKeys.PROPERTY_SATURATION, p -> PropertyText.regions(p.saturation())),
    DEAD_REGION(TextKeys.PROPERTY_DEAD_REGION, p -> PropertyText.regions(p.deadRegions())),
    KINKS(TextKeys.PROPERTY_KINKS, p -> PropertyText.kinks(p.kinks())),
    DISCONTINUITIES(TextKeys.PROPERTY_DISCONTINUITIES, p -> PropertyText.kinks(p.discontinuities())),
    SMOOTHNESS(TextKeys.PROPERTY_SMOOTHNESS, p -> PropertyText.smoothness(p.smoothness()),
            Comparator.comparing(ActivationProperties::smoothness)),
    PARAMETERS(TextKeys.PROPERTY_PARAMETERS, ActivationProperties::parameterCount, v -> Integer.toString((int) v)),
    COST(TextKeys.PROPERTY_COST, ActivationProperties::relativeCost, PropertyText::cost);

    /** Suffix of the text key that explains a property (its tooltip). */
    private static final String EXPLANATION_SUFFIX = ".help";

    private final String headerKey;
    private final Function<ActivationProperties, String> text;
    private final Comparator<ActivationProperties> order;
    private final boolean numeric;

    /** A property shown as words, sorted by {@code order}. */
    PropertyColumn(String headerKey, Function<ActivationProperties, String> text, Comparator<ActivationProperties> order) {
        this.headerKey = headerKey;
        this.text = text;
        this.order = order;
        this.numeric = false;
    }

    /** A property shown as words, sorted alphabetically. */
    PropertyColumn(String headerKey, Function<ActivationProperties, String> text) {
        this(headerKey, text, Comparator.comparing(text));
    }

    /** A number, sorted by size. */
    PropertyColumn(String headerKey, ToDoubleFunction<ActivationProperties> number,
                   DoubleFunction<String> format) {
        this.headerKey = headerKey;
        this.text = p -> format.apply(number.applyAsDouble(p));
        this.order = Comparator.comparingDouble(number);
        this.numeric = true;
    }

    /** The text key of the short header, e.g. "Range". */
    String headerKey() {
        return headerKey;
    }

    /** The text key of the sentence that explains the property. */
    String explanationKey() {
        return headerKey + EXPLANATION_SUFFIX;
    }

    /** The value as people read it. */
    String text(ActivationProperties p) {
        return text.apply(p);
    }

    /** Natural order of the values (numbers by size, words alphabetically). */
    Comparator<ActivationProperties> order() {
        return order;
    }

    /** Whether the values are numbers (right-aligned). */
    boolean numeric() {
        return numeric;
    }
}
