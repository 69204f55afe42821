package org.activationlab.shootout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.CatalogueSpec;
import org.activationlab.model.InvalidParameterException;

/**
 * One activation in a shoot-out: its {@link ActivationSpec} and the label that names it in the
 * files and figures. The label is the spec's name followed by {@code :KEY=VALUE} for every
 * parameter a catalogue function has away from its default (e.g. {@code leaky_relu:slope=0.2}),
 * or, for a formula, by every declared parameter; the same spelling is accepted by {@link #parse}.
 *
 * @param label the name in files and figures
 * @param spec the activation
 */
public record Contender(String label, ActivationSpec spec) {
    public Contender {
        Objects.requireNonNull(label);
        Objects.requireNonNull(spec);
    }

    /** The contender for {@code spec}, labelled as the class comment says. */
    public static Contender of(ActivationSpec spec) {
        StringBuilder label = new StringBuilder(spec.name());
        changedParameters(spec).forEach((key, value) -> label.append(':').append(key).append('=')
                .append(Double.toString(value)));
        return new Contender(label.toString(), spec);
    }

    /**
     * The parameters that differ from the function's defaults (a catalogue function), or every declared
     * parameter (a formula, whose declared values are its defaults), in canonical order.
     */
    public static Map<String, Double> changedParameters(ActivationSpec spec) {
        Map<String, Double> changed = new LinkedHashMap<>();
        Map<String, Double> defaults = spec instanceof CatalogueSpec ? ActivationSpec.of(spec.name()).parameters()
                : Map.of();
        spec.parameters().forEach((key, value) -> {
            if (!value.equals(defaults.get(key))) {
                changed.put(key, value);
            }
        });
        return changed;
    }

    /**
     * A catalogue function written {@code NAME} or {@code NAME:KEY=VALUE[:KEY=VALUE]...}.
     *
     * @throws org.activationlab.model.UnknownActivationException for an unknown name
     * @throws InvalidParameterException for a malformed, repeated or unknown parameter or a value out of range
     */
    public static Contender parse(String text) {
        String[] parts = text.strip().split(":", -1);
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            Double value = eq <= 0 ? null : number(parts[i].substring(eq + 1));
            if (value == null) {
                throw new InvalidParameterException(ShootoutTexts.format("error.contender.parameter", parts[i], text));
            }
            String key = parts[i].substring(0, eq).strip();
            if (parameters.put(key, value) != null) {
                throw new InvalidParameterException(ShootoutTexts.format("error.contender.twice", key, text));
            }
        }
        return of(ActivationSpec.of(parts[0].strip(), parameters));
    }

    private static Double number(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
