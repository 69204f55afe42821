package org.activationlab.plot.studies;

import java.util.Map;
import java.util.StringJoiner;
import org.activationlab.model.Activation;
import org.activationlab.model.Numbers;

/** Short plain-text names for figure titles. */
final class Describe {
    private Describe() {
    }

    /** The display name, with the parameter values when there are any: "Leaky ReLU (slope=0.2)". */
    static String activation(Activation a) {
        Map<String, Double> values = a.parameterValues();
        if (values.isEmpty()) {
            return a.info().displayName();
        }
        StringJoiner parameters = new StringJoiner(", ", " (", ")");
        values.forEach((key, value) -> parameters.add(key + "=" + Numbers.format(value)));
        return a.info().displayName() + parameters;
    }
}
