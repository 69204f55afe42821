package org.activationlab.ui.controls;

import java.math.BigDecimal;

/**
 * The grid a parameter slider snaps to: a "nice" step of 1, 2 or 5 times a power of ten, about
 * a five-hundredth of the slider's span, so dragging gives values such as 0.0105 rather than
 * 0.010344827586206896.
 */
public final class SliderSteps {
    /** About this many steps across the slider. */
    static final int STEPS_ACROSS = 500;

    private SliderSteps() {
    }

    /**
     * The largest 1-2-5 x 10^n step not above {@code (max - min) / 500}; 1 for integer parameters.
     *
     * @throws IllegalArgumentException unless {@code min < max}, both finite
     */
    public static double step(double min, double max, boolean integer) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException("not a slider span: " + min + " to " + max);
        }
        if (integer) {
            return 1;
        }
        double raw = (max - min) / STEPS_ACROSS;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] multiples = {5, 2, 1};
        for (double m : multiples) {
            if (m * power <= raw) {
                return BigDecimal.valueOf(m).multiply(BigDecimal.valueOf(power)).doubleValue();
            }
        }
        return power;
    }

    /** {@code value} rounded to the nearest multiple of {@code step}, without binary noise (0.0105, not 0.010500000000000002). */
    public static double snap(double value, double step) {
        long multiple = Math.round(value / step);
        return BigDecimal.valueOf(multiple).multiply(BigDecimal.valueOf(step)).doubleValue();
    }
}
