package org.activationlab.plot.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationSpec;

/**
 * A function on the curves plot and the palette slot of its colour. The slot is kept apart
 * from the function's position so that a view can give each function a stable colour while
 * others are added and removed.
 *
 * @param spec the function with its parameter values
 * @param colour the palette index (>= 0); past the palette's end colours repeat with another dash
 */
public record PlotFunction(ActivationSpec spec, int colour) {

    public PlotFunction {
        Objects.requireNonNull(spec, "spec");
        if (colour < 0) {
            throw new IllegalArgumentException("colour index must be >= 0, got " + colour);
        }
    }

    /** The functions coloured by their position: the first gets colour 0. */
    public static List<PlotFunction> inOrder(List<ActivationSpec> activations) {
        List<PlotFunction> list = new ArrayList<>();
        for (int i = 0; i < activations.size(); i++) {
            list.add(new PlotFunction(activations.get(i), i));
        }
        return list;
    }

    /** The function, ready to evaluate. */
    public Activation activation() {
        return spec.resolve();
    }

    /** The display name with the parameter values, e.g. "Leaky ReLU (slope = 0.1)". */
    public String label() {
        return spec.displayNameWithParameters();
    }
}
