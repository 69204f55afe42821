package org.activationlab.ui.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.activationlab.plot.Palette;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The presentation view model: checked scale, steps, the figure look it derives, and its plain record. */
class PresentationSettingsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.99, 2.51, 0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aScaleOutsideOneToTwoAndAHalfIsRefusedWithTheRange(double bad) {
        PresentationSettings settings = new PresentationSettings();
        assertThatThrownBy(() -> settings.setScale(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 1.0 to 2.5").hasMessageContaining(Double.toString(bad));
        assertThat(settings.getScale()).isEqualTo(1.0);
        assertThatThrownBy(() -> new PresentationValues(bad, AppTheme.LIGHT, SeriesPalette.OKABE_ITO, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1, 1.25, 1.0", "1.25, 1, 1.5, 1.0", "2.25, 1, 2.5, 2.0", "2.5, 1, 2.5, 2.25", "1.5, 3, 2.25, 1.25"})
    void enlargeAndShrinkMoveInQuarterStepsAndStopAtTheEnds(double start, int times, double enlarged, double shrunk) {
        PresentationSettings settings = new PresentationSettings();
        settings.setScale(start);
        for (int i = 0; i < times; i++) {
            settings.enlarge();
        }
        assertThat(settings.getScale()).isEqualTo(enlarged);
        settings.setScale(start);
        for (int i = 0; i < times; i++) {
            settings.shrink();
        }
        assertThat(settings.getScale()).isEqualTo(Math.max(1.0, start - 0.25 * times));
        settings.setScale(start);
        settings.shrink();
        assertThat(settings.getScale()).isEqualTo(shrunk);
        settings.resetScale();
        assertThat(settings.getScale()).isEqualTo(1.0);
    }

    @Test
    void theMenuScalesRunFromOneToTwoAndAHalfInQuarterSteps() {
        List<Double> expected = new ArrayList<>();
        for (double s = PresentationSettings.MIN_SCALE; s <= PresentationSettings.MAX_SCALE; s += PresentationSettings.SCALE_STEP) {
            expected.add(s);
        }
        assertThat(PresentationSettings.SCALES).containsExactlyElementsOf(expected);
    }

    @Test
    void screenOptionsMultiplyTheBaseScaleAndFollowThemeAndPalette() {
        PresentationSettings settings = new PresentationSettings();
        RenderOptions base = RenderOptions.DEFAULT.withScale(1.25);
        var options = settings.screenOptions(base);
        assertThat(options.get()).isEqualTo(base);
        settings.setScale(2.0);
        assertThat(options.get().scale()).isEqualTo(2.5);
        settings.setTheme(AppTheme.DARK);
        assertThat(options.get().theme()).isEqualTo(Theme.DARK);
        settings.setPalette(SeriesPalette.VIVID);
        assertThat(options.get().theme().background()).isEqualTo(Theme.DARK.background());
        assertThat(options.get().theme().series()).isEqualTo(Palette.VIVID_ON_DARK);
        assertThat(options.get().textMode()).isEqualTo(base.textMode());
    }

    @ParameterizedTest
    @EnumSource(AppTheme.class)
    void vividReplacesOnlyTheSeriesColoursAndOkabeItoKeepsTheThemes(AppTheme theme) {
        Theme figure = theme.figureTheme();
        assertThat(SeriesPalette.OKABE_ITO.applyTo(figure)).isEqualTo(figure);
        Theme vivid = SeriesPalette.VIVID.applyTo(figure);
        assertThat(vivid.series()).hasSize(Palette.SIZE).doesNotContainAnyElementsOf(figure.series());
        assertThat(vivid.series()).isEqualTo(theme == AppTheme.LIGHT ? Palette.VIVID_ON_LIGHT : Palette.VIVID_ON_DARK);
        assertThat(vivid.withSeries(figure.series())).isEqualTo(figure);
    }

    @Test
    void everyThemeButLightHasAStylesheet() {
        assertThat(AppTheme.LIGHT.stylesheet()).isEmpty();
        assertThat(AppTheme.DARK.stylesheet()).get().asString().endsWith("/org/activationlab/ui/dark.css");
        assertThat(AppTheme.HIGH_CONTRAST.stylesheet()).get().asString().endsWith("/org/activationlab/ui/high-contrast.css");
    }

    @Test
    void theDefaultsAreNormalLightOkabeItoWithEveryControlShown() {
        assertThat(new PresentationSettings().values()).isEqualTo(PresentationValues.DEFAULT)
                .isEqualTo(new PresentationValues(1.0, AppTheme.LIGHT, SeriesPalette.OKABE_ITO, false));
    }

    @Property
    void valuesRoundTripThroughApply(@ForAll @DoubleRange(min = 1.0, max = 2.5) double scale, @ForAll AppTheme theme,
                                     @ForAll SeriesPalette palette, @ForAll boolean hidden) {
        PresentationValues values = new PresentationValues(scale, theme, palette, hidden);
        PresentationSettings settings = new PresentationSettings();
        settings.apply(values);
        assertThat(settings.values()).isEqualTo(values);
        assertThat(settings.getScale()).isEqualTo(scale);
        assertThat(settings.getTheme()).isEqualTo(theme);
        assertThat(settings.getPalette()).isEqualTo(palette);
        assertThat(settings.isControlsHidden()).isEqualTo(hidden);
        assertThat(settings.figureTheme().get()).isEqualTo(palette.applyTo(theme.figureTheme()));
    }
}
