package org.activationlab.ui.curves.gated;

import java.util.function.UnaryOperator;
import org.activationlab.model.Gate;

/**
 * Settings of the two-input view that demonstrate a claim, for lessons: each shows the view with
 * one unit over one range.
 */
public enum GatedPreset implements UnaryOperator<GatedState> {
    /** GLU: its diagonal x sigmoid(x) is SiLU. */
    GLU_IS_SILU(Gate.GLU, 4),
    /** SwiGLU, the gated unit of LLaMA and PaLM. */
    SWIGLU(Gate.SWIGLU, 4),
    /** ReGLU: where b &lt;= 0 the gate is closed and h = 0 whatever a is. */
    REGLU_CLOSED(Gate.REGLU, 3);

    private final Gate unit;
    private final double extent;

    GatedPreset(Gate unit, double extent) {
        this.unit = unit;
        this.extent = extent;
    }

    /** {@code state} showing the preset's unit over [-extent, extent]² in the Curves tab. */
    @Override
    public GatedState apply(GatedState state) {
        return state.withUnit(unit).withRanges(-extent, extent, -extent, extent).withShowing(true);
    }
}
