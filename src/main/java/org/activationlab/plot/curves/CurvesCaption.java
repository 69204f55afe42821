package org.activationlab.plot.curves;

import java.util.StringJoiner;
import org.activationlab.model.Numbers;
import org.activationlab.plot.PlotTexts;

/** The caption of a curves figure: which functions with which parameters, over what, showing what. */
public final class CurvesCaption {
    private CurvesCaption() {
    }

    /** The caption of the figure {@code s} describes. */
    public static String of(CurvesSettings s) {
        StringJoiner functions = new StringJoiner(PlotTexts.get("curves.caption.separator"));
        s.functions().forEach(f -> functions.add(f.label()));
        StringBuilder sb = new StringBuilder(PlotTexts.format("curves.caption.range", functions.toString(),
                Numbers.format(s.from()), Numbers.format(s.to()), s.points()));
        if (s.showDerivatives() && s.depth() > 1) {
            sb.append(PlotTexts.format("curves.caption.depth", s.depth()));
        }
        if (s.shadesSaturation()) {
            sb.append(PlotTexts.format("curves.caption.shaded", Numbers.format(s.saturation())));
        }
        if (s.hatchZeroGradient()) {
            sb.append(PlotTexts.get("curves.caption.hatched"));
        }
        return sb.toString();
    }
}
