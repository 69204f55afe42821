package org.activationlab.ui.curves.gated;

/** The bundle keys of the two-input view of the gated units and of the Curves tab's mode switch. */
public final class GatedKeys {
    public static final String MODE_ELEMENTWISE = "gated.mode.elementwise";
    public static final String MODE_GATED = "gated.mode.gated";
    public static final String TITLE = "gated.title";
    public static final String HELP = "gated.help";
    public static final String UNIT = "gated.unit";
    public static final String UNIT_CHOICE = "gated.unitChoice";
    public static final String A_MIN = "gated.aMin";
    public static final String A_MAX = "gated.aMax";
    public static final String B_MIN = "gated.bMin";
    public static final String B_MAX = "gated.bMax";
    public static final String DIAGONAL = "gated.diagonal";
    public static final String READOUT_HINT = "gated.readoutHint";
    public static final String READOUT = "gated.readout";
    public static final String SURFACE_DESCRIPTION = "gated.surfaceDescription";
    public static final String PARTIALS_DESCRIPTION = "gated.partialsDescription";
    public static final String SLICE_DESCRIPTION = "gated.sliceDescription";
    public static final String DIAGONAL_DESCRIPTION = "gated.diagonalDescription";

    private GatedKeys() {
    }
}
