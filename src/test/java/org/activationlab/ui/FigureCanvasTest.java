package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.activationlab.model.ActivationSpec;
import org.activationlab.export.PngExporter;
import org.activationlab.plot.FigureLayout;
import org.activationlab.plot.Palette;
import org.activationlab.plot.PanelLayout;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Theme;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FigureCanvasTest {
    private FigureCanvas canvas;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        canvas = new FigureCanvas();
        canvas.setFigure(CurvesFigureBuilder.build(CurvesSettings.builder()
                .activations(List.of(ActivationSpec.of("sigmoid"), ActivationSpec.of("relu"))).panels(true, true).build()));
        stage.setMaximized(false);
        stage.setScene(new Scene(new StackPane(canvas), 640, 420));
        stage.sizeToScene();
        stage.show();
    }

    private WritableImage snapshot() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get();
    }

    private static boolean near(Color c, java.awt.Color expected) {
        return Math.abs(c.getRed() * 255 - expected.getRed()) < 12 && Math.abs(c.getGreen() * 255 - expected.getGreen()) < 12
                && Math.abs(c.getBlue() * 255 - expected.getBlue()) < 12;
    }

    @Test
    void drawsTheFigureWithItsPanelsInsideTheCanvas() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FigureLayout layout = canvas.getLayout();
        assertThat(layout).isNotNull();
        assertThat(layout.panels()).hasSize(2);
        assertThat(layout.width()).isEqualTo(canvas.getWidth());
        assertThat(layout.height()).isEqualTo(canvas.getHeight());
        Rectangle2D lower = layout.panel(1).plotArea();
        assertThat(lower.getMaxY()).isLessThan(canvas.getHeight());
        PanelLayout top = layout.panel(0);
        Point2D half = top.toPixel(0, 0.5);
        Color pixel = snapshot().getPixelReader().getColor((int) half.getX(), (int) half.getY());
        assertThat(near(pixel, Palette.OKABE_ITO_BLUE)).as("pixel %s at sigmoid(0)", pixel).isTrue();
        assertThat(canvas.panelAt(half.getX(), half.getY())).contains(top);
        assertThat(canvas.panelAt(1, 1)).isEmpty();
    }

    @Test
    void followsItsSizeAndRedraws() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        long before = canvas.drawCount();
        double oldRight = canvas.getLayout().panel(0).plotArea().getMaxX();
        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(stage.getWidth() + 260)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.drawCount()).isGreaterThan(before);
        assertThat(canvas.getLayout().width()).isEqualTo(canvas.getWidth());
        assertThat(canvas.getLayout().panel(0).plotArea().getMaxX()).isGreaterThan(oldRight + 200);
    }

    @Test
    void redrawsWhenTheThemeChanges() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> canvas.setRenderOptions(RenderOptions.DEFAULT.withTheme(Theme.DARK))).get();
        WaitForAsyncUtils.waitForFxEvents();
        Color corner = snapshot().getPixelReader().getColor(2, 2);
        assertThat(near(corner, Theme.DARK.background())).as("corner %s", corner).isTrue();
    }

    @Test
    void showsExactlyThePixelsOfThePngExport() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        BufferedImage export = PngExporter.render(canvas.getFigure(), w, h, 1, canvas.getRenderOptions());
        PixelReader shown = snapshot().getPixelReader();
        int differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!sameColour(shown.getArgb(x, y), export.getRGB(x, y))) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels differing from the export").isZero();
    }

    @Test
    void drawsAtTheWindowsRenderScaleForHiDpiScreens() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setRenderScaleX(2);
            stage.setRenderScaleY(2);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Image image = ((ImageView) canvas.getChildrenUnmodifiable().get(0)).getImage();
        assertThat(image.getWidth()).isEqualTo(Math.ceil(canvas.getWidth() * 2));
        assertThat(image.getHeight()).isEqualTo(Math.ceil(canvas.getHeight() * 2));
        PanelLayout top = canvas.getLayout().panel(0);
        Point2D half = top.toPixel(0, 0.5);
        Color pixel = image.getPixelReader().getColor((int) (half.getX() * 2), (int) (half.getY() * 2));
        assertThat(near(pixel, Palette.OKABE_ITO_BLUE)).as("pixel %s at sigmoid(0), twice the resolution", pixel).isTrue();
    }

    @Test
    void drawingInTheBackgroundShowsTheNewFigureAndKeepsTheLayoutCurrent() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        long before = canvas.drawCount();
        WaitForAsyncUtils.asyncFx(() -> {
            canvas.setDrawInBackground(true);
            canvas.setFigure(CurvesFigureBuilder.build(CurvesSettings.builder()
                    .activations(List.of(ActivationSpec.of("tanh"))).panels(true, false).build()));
            assertThat(canvas.getLayout().panels()).as("laid out at once, drawn later").hasSize(1);
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> canvas.drawCount() > before);
        WaitForAsyncUtils.waitForFxEvents();
        PanelLayout only = canvas.getLayout().panel(0);
        Point2D zero = only.toPixel(0, 0);
        Point2D high = only.toPixel(1.5, Math.tanh(1.5));
        PixelReader pixels = snapshot().getPixelReader();
        assertThat(near(pixels.getColor((int) zero.getX(), (int) zero.getY()), Palette.OKABE_ITO_BLUE)).isTrue();
        assertThat(near(pixels.getColor((int) high.getX(), (int) high.getY()), Palette.OKABE_ITO_BLUE)).isTrue();
    }

    /** Equal colours, allowing 1 in 255 per channel for rounding between premultiplied and straight alpha. */
    private static boolean sameColour(int a, int b) {
        for (int shift = 0; shift < 32; shift += 8) {
            if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 1) {
                return false;
            }
        }
        return true;
    }
}
