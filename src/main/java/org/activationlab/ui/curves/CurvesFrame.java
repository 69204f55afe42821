package org.activationlab.ui.curves;

import java.util.Objects;
import org.activationlab.plot.Figure;
import org.activationlab.plot.curves.CurveSet;
import org.activationlab.plot.curves.CurvesSettings;

/**
 * One drawn state of the curves view: the settings, the samples taken for them and the figure
 * built from both (what the canvas draws and File &gt; Export writes).
 *
 * @param settings what the figure shows
 * @param data the functions sampled over the visible range
 * @param figure the figure built from the two
 */
public record CurvesFrame(CurvesSettings settings, CurveSet data, Figure figure) {
    public CurvesFrame {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(figure, "figure");
    }
}
