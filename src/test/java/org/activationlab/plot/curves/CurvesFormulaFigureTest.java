package org.activationlab.plot.curves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.plot.Figure;
import org.activationlab.plot.LegendEntry;
import org.activationlab.plot.Text;
import org.junit.jupiter.api.Test;

/** A typed formula in a curves figure and its CSV: typeset in the legend, its text as the column name. */
class CurvesFormulaFigureTest {
    private static final ActivationSpec MISH_LIKE = ActivationSpec.formula("x * tanh(softplus(a * x))", Map.of("a", 1.5));

    private static CurvesSettings settings(boolean legendFormulas) {
        return CurvesSettings.builder()
                .functions(PlotFunction.inOrder(List.of(ActivationSpec.of("relu"), MISH_LIKE, ActivationSpec.formula("x^2", Map.of()))))
                .range(-3, 3).legendFormulas(legendFormulas).build();
    }

    private static List<LegendEntry> legend(boolean legendFormulas) {
        CurvesSettings s = settings(legendFormulas);
        Figure figure = CurvesFigureBuilder.build(s, CurveSampler.sample(s));
        return figure.panels().get(0).legend().entries();
    }

    @Test
    void aFormulasLegendLabelIsTheFormulaTypesetWithItsParameterValues() {
        List<LegendEntry> entries = legend(false);

        assertThat(entries.get(0).label()).isEqualTo(Text.plain("ReLU"));
        assertThat(entries.get(1).label()).isEqualTo(Text.latex(
                "x \\cdot \\tanh\\left(\\operatorname{softplus}\\left(a \\cdot x\\right)\\right)\\quad (a = 1.5)"));
        assertThat(entries.get(2).label().latex()).isTrue();
        assertThat(entries.get(2).label().content()).doesNotContain("quad");
    }

    @Test
    void withFormulasInTheLegendAFormulaIsNotWrittenTwice() {
        List<LegendEntry> entries = legend(true);

        assertThat(entries.get(0).formula().latex()).isTrue();
        assertThat(entries.get(1).formula()).isEqualTo(Text.NONE);
    }

    @Test
    void theCsvNamesAFormulasColumnsByItsText() {
        CurvesSettings s = settings(false);

        assertThat(CurveSampler.sample(s).table(1).headers()).containsExactly("x", "relu", "drelu",
                "x * tanh(softplus(a * x))", "dx * tanh(softplus(a * x))", "x^2", "dx^2");
    }
}
