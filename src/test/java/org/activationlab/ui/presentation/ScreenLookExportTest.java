package org.activationlab.ui.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.activationlab.export.ExportFormat;
import org.activationlab.export.FigureExporter;
import org.activationlab.plot.Axis;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Panel;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.TextMode;
import org.activationlab.ui.export.ExportOptions;
import org.activationlab.ui.export.PngSize;
import org.activationlab.ui.export.VisibleFigure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exports keep the figure's own look unless the export asks for the screen's (presentation mode's). */
class ScreenLookExportTest {
    private static final RenderOptions OWN = RenderOptions.DEFAULT.withScale(1.25);
    private static final Figure FIGURE = Figure.of(Axis.linear("x", -1, 1), Panel.builder(Axis.linear("y", 0, 1)).build());

    private static VisibleFigure visible(RenderOptions screen) {
        return new VisibleFigure(FIGURE, "", null, 640, 400, OWN, "curves", screen);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"PNG", "SVG", "PDF"})
    void theFigureFormatsUseTheScreensLookOnlyWhenAsked(ExportFormat format) {
        PresentationSettings settings = new PresentationSettings();
        settings.apply(new PresentationValues(2.0, AppTheme.DARK, SeriesPalette.VIVID, true));
        RenderOptions screen = settings.screenOptions(OWN).get();
        VisibleFigure figure = visible(screen);

        FigureExporter.Settings own = new ExportOptions(format, PngSize.X2, 1920, 1080, false, TextMode.OUTLINES, false,
                false).exporterSettings(figure);
        FigureExporter.Settings asShown = new ExportOptions(format, PngSize.X2, 1920, 1080, false, TextMode.OUTLINES,
                false, true).exporterSettings(figure);

        assertThat(own.render().theme()).isEqualTo(OWN.theme());
        assertThat(own.render().scale()).isEqualTo(1.25);
        assertThat(asShown.render().theme()).isEqualTo(screen.theme());
        assertThat(asShown.render().scale()).isEqualTo(2.5);
        assertThat(asShown.width()).isEqualTo(own.width());
        assertThat(asShown.pixelScale()).isEqualTo(own.pixelScale());
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"PNG", "SVG", "PDF"})
    void aFigureWithoutAScreenLookExportsItsOwnEitherWay(ExportFormat format) {
        VisibleFigure figure = new VisibleFigure(FIGURE, "", null, 640, 400, OWN,
                "figure");
        assertThat(figure.screenRender()).isEqualTo(OWN);
        assertThat(new ExportOptions(format, PngSize.X1, 1920, 1080, false, TextMode.OUTLINES, false, true)
                .exporterSettings(figure).render().scale()).isEqualTo(1.25);
        assertThat(new ExportOptions(format, PngSize.X1, 1920, 1080, false, TextMode.OUTLINES, false)
                .screenLook()).isFalse();
    }
}
