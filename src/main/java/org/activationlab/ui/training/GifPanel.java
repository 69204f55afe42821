package org.activationlab.ui.training;

/** What an animated GIF of a run shows: one view of the Training tab, or all four laid out as on screen. */
public enum GifPanel {
    PREDICTION("prediction"),
    PRE_ACTIVATIONS("preActivations"),
    NETWORK("network"),
    HISTORY("history"),
    BOARD("board");

    private final String key;

    GifPanel(String key) {
        this.key = key;
    }

    /** The text key of its name in the export dialog. */
    public String textKey() {
        return TrainingKeys.GIF_PANEL_PREFIX + key;
    }

    /** Whether its frames show the network diagram, which JavaFX draws (on its own thread). */
    boolean showsDiagram() {
        return this == NETWORK || this == BOARD;
    }
}
