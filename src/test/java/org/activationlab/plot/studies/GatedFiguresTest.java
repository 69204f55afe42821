package org.activationlab.plot.studies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;
import org.activationlab.plot.ColourScale;
import org.activationlab.plot.Figure;
import org.activationlab.plot.HeatMap;
import org.activationlab.plot.Panel;
import org.activationlab.plot.PlotItem;
import org.activationlab.plot.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GatedFiguresTest {

    private static HeatMap map(Panel p) {
        return p.items().stream().filter(HeatMap.class::isInstance).map(HeatMap.class::cast).findFirst().orElseThrow();
    }

    private static Series series(Figure f, String name) {
        return f.panels().get(0).series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Gate.class)
    void theMapOfHIsDivergingAroundZeroWithContoursAndItsZeroContour(Gate unit) {
        GatedGrid grid = GatedGrid.sample(unit, -3, 3, -3, 3, 61);
        Figure f = GatedFigures.surface(grid);
        HeatMap h = map(f.panels().get(0));
        assertThat(h.scale()).isSameAs(ColourScale.BLUE_RED);
        assertThat(h.low()).isEqualTo(-h.high());
        double largest = java.util.Arrays.stream(grid.values()).map(Math::abs).max().orElseThrow();
        assertThat(h.high()).isEqualTo(largest);
        assertThat(h.value(30, 30)).isEqualTo(unit.value(0, 0));
        assertThat(h.colourBar()).isTrue();
        List<String> names = f.panels().get(0).series().stream().map(Series::name).toList();
        assertThat(names).contains("contour:h:0", "diagonal");
        assertThat(names.stream().filter(n -> n.startsWith("contour:h:"))).hasSizeGreaterThan(3);
        assertThat(f.xAxis().min()).isEqualTo(-3);
        assertThat(f.panels().get(0).yAxis().max()).isEqualTo(3);
    }

    @Test
    void everyContourPointOfTheMapLiesOnItsLevel() {
        GatedGrid grid = GatedGrid.sample(Gate.GLU, -2, 2, -2, 2, 81);
        for (Series s : GatedFigures.surface(grid).panels().get(0).series()) {
            if (s.name().startsWith("contour:h:")) {
                double level = Double.parseDouble(s.name().substring("contour:h:".length()));
                for (int i = 0; i < s.size(); i++) {
                    if (!Double.isNaN(s.x(i))) {
                        assertThat(Gate.GLU.value(s.x(i), s.y(i))).as(s.name()).isCloseTo(level,
                                org.assertj.core.data.Offset.offset(0.02));
                    }
                }
            }
        }
    }

    @Test
    void thePartialsAreTwoMapsOfTheGateAndOfATimesItsSlope() {
        GatedGrid grid = GatedGrid.sample(Gate.REGLU, -2, 2, -2, 2, 5);
        Figure f = GatedFigures.partials(grid);
        assertThat(f.panels()).hasSize(2);
        HeatMap da = map(f.panels().get(0));
        HeatMap db = map(f.panels().get(1));
        assertThat(da.value(0, 4)).isEqualTo(2.0);
        assertThat(db.value(0, 4)).isEqualTo(-2.0);
        assertThat(db.value(4, 0)).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Gate.class)
    void theSliceAtAEqualsOneIsTheGate(Gate unit) {
        Figure f = GatedFigures.slice(unit, -5, 5);
        Series slice = series(f, "slice");
        for (int i = 0; i < slice.size(); i++) {
            assertThat(slice.y(i)).isEqualTo(unit.gate().value(slice.x(i)));
        }
        Series slope = series(f, "slice:dh_db");
        assertThat(slope.y(0)).isEqualTo(unit.gate().derivative(-5));
    }

    @Test
    void gluOnTheDiagonalIsSiluAndReGluIsSquaredRelu() {
        Figure glu = GatedFigures.diagonal(Gate.GLU, -6, 6);
        Series diagonal = series(glu, "diagonal:glu");
        Series silu = series(glu, "silu");
        for (int i = 0; i < diagonal.size(); i++) {
            assertThat(diagonal.y(i)).isCloseTo(silu.y(i), org.assertj.core.data.Offset.offset(1e-12));
        }
        Figure reglu = GatedFigures.diagonal(Gate.REGLU, -6, 6);
        Series squared = series(reglu, "squared_relu");
        Series own = series(reglu, "diagonal:reglu");
        for (int i = 0; i < own.size(); i++) {
            assertThat(own.y(i)).isEqualTo(squared.y(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Gate.class)
    void everyRelativeIsACatalogueFunctionDrawnBesideTheDiagonal(Gate unit) {
        List<GatedFigures.Relative> relatives = GatedFigures.relatives(unit);
        assertThat(relatives).isNotEmpty();
        Figure f = GatedFigures.diagonal(unit, -2, 2);
        List<PlotItem> items = f.panels().get(0).items();
        for (GatedFigures.Relative r : relatives) {
            assertThat(Catalogue.get(r.function()).name()).isEqualTo(r.function());
            assertThat(items).anySatisfy(i -> assertThat(i).isInstanceOfSatisfying(Series.class,
                    s -> assertThat(s.name()).isEqualTo(r.function())));
        }
        assertThat(f.panels().get(0).legend().entries()).hasSize(relatives.size() + 1);
    }

    @Test
    void contourLevelsAreNiceAndInsideTheValues() {
        assertThat(GatedFigures.contourLevels(new double[] {-1, 1})).containsExactly(-0.8, -0.6, -0.4, -0.2, 0, 0.2,
                0.4, 0.6, 0.8);
        assertThat(GatedFigures.contourLevels(new double[] {2, 2})).isEmpty();
        assertThat(GatedFigures.contourLevels(new double[] {Double.NaN, 0, 3})).contains(1.0, 2.0)
                .doesNotContain(0.0, 3.0);
    }
}
