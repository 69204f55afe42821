package org.activationlab.export;

import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.activationlab.plot.Figure;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;

/** Figures the export tests share. */
final class ExportFixtures {
    private ExportFixtures() {
    }

    /** sigmoid, tanh and relu over [-6, 6]. */
    static CurvesSettings threeFunctions(boolean bothPanels) {
        return CurvesSettings.builder()
                .activations(List.of(ActivationSpec.of("sigmoid"), ActivationSpec.of("tanh"), ActivationSpec.of("relu")))
                .range(-6, 6).points(401).panels(true, bothPanels).build();
    }

    static Figure figure(CurvesSettings settings) {
        return CurvesFigureBuilder.build(settings);
    }
}
