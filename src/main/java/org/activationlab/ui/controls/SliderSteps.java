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
    private static final int[] NICE_MULTIPLES = {5, 2, 1};

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
        // log10 may land one decade off near exact powers of ten: try the decade above first.
        int decade = (int) Math.floor(Math.log10(raw)) + 1;
        for (int e = decade; ; e--) {
            for (int m : NICE_MULTIPLES) {
                double candidate = BigDecimal.valueOf(m).scaleByPowerOfTen(e).doubleValue();
                if (candidate <= raw) {
                    return candidate;
                }
            }
        }
    }

    /** {@code value} rounded to the nearest multiple of {@code step}, without binary noise (0.0105, not 0.010500000000000002). */
    public static double snap(double value, double step) {
        long multiple = Math.round(value / step);
        return BigDecimal.valueOf(multiple).multiply(BigDecimal.valueOf(step)).doubleValue();
    }
}
