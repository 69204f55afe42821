package org.activationlab.ui.controls;

import org.activationlab.model.Numbers;
import org.activationlab.model.Parameter;
import org.activationlab.ui.Messages;

/**
 * The practical range a parameter's slider shows, from {@code min} to {@code max}; a value typed
 * outside it is still allowed (the slider then rests at its end).
 *
 * @param min the slider's left end, finite
 * @param max the slider's right end, finite and greater than {@code min}
 */
public record SliderRange(double min, double max) {

    /** @throws IllegalArgumentException naming both ends unless they are finite and min &lt; max */
    public SliderRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException(Messages.format(FormulaKeys.RANGE_ORDER, Numbers.format(min),
                    Numbers.format(max)));
        }
    }

    /** The range {@code parameter}'s own slider shows. */
    public static SliderRange of(Parameter parameter) {
        return new SliderRange(parameter.sliderMin(), parameter.sliderMax());
    }
}
