package org.activationlab.plot.curves;

import java.util.StringJoiner;
import org.activationlab.model.Numbers;

/** The caption of a curves figure: which functions with which parameters, over what, showing what. */
final class CurvesCaption {
    private CurvesCaption() {
    }

    static String of(CurvesSettings s) {
        StringJoiner functions = new StringJoiner("; ");
        s.functions().forEach(f -> functions.add(f.label()));
        StringBuilder sb = new StringBuilder(functions.toString())
                .append(". x from ").append(Numbers.format(s.from())).append(" to ").append(Numbers.format(s.to()))
                .append(", ").append(s.points()).append(" points.");
        if (s.showDerivatives() && s.depth() > 1) {
            sb.append(" Lower panel: |f′(x)|^").append(s.depth()).append(", the factor a gradient picks up through ")
                    .append(s.depth()).append(" layers.");
        }
        if (s.shadesSaturation()) {
            sb.append(" Shaded: |f′(x)| < ").append(Numbers.format(s.saturation())).append('.');
        }
        if (s.hatchZeroGradient()) {
            sb.append(" Hatched: f′(x) = 0.");
        }
        return sb.toString();
    }
}
