package org.activationlab.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activationlab.model.ActivationSpec;
import org.activationlab.export.ExportFormat;
import org.activationlab.export.FigureExporter;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.TextMode;
import org.activationlab.plot.curves.CurveSampler;
import org.activationlab.plot.curves.CurveSet;
import org.activationlab.plot.curves.CurvesCaption;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** Export without dialogs: names, the settings each option gives, writing and failing. */
class ExportViewModelTest {
    private static final CurvesSettings SETTINGS = CurvesSettings.builder()
            .activations(List.of(ActivationSpec.of("sigmoid"), ActivationSpec.of("relu"))).panels(true, true).points(101).build();
    private static final CurveSet DATA = CurveSampler.sample(SETTINGS);
    private static final VisibleFigure VISIBLE = new VisibleFigure(CurvesFigureBuilder.build(SETTINGS, DATA),
            CurvesCaption.of(SETTINGS), DATA.table(1), 400, 300, RenderOptions.DEFAULT.withScale(1.25), "curves");

    @TempDir
    Path folder;
    private final List<String> statuses = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final ExportViewModel model = new ExportViewModel((owner, format, name) -> Optional.empty(),
            Runnable::run, Runnable::run, statuses::add);

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource({
            "curves, PNG, curves.png",
            "curves.png, PNG, curves.png",
            "Curves.PNG, PNG, Curves.PNG",
            "curves.svg, PNG, curves.svg.png",
            "report.v2, PDF, report.v2.pdf",
            "data, CSV, data.csv",
    })
    void theFormatsExtensionIsAddedUnlessPresent(String chosen, ExportFormat format, String expected) {
        assertThat(ExportViewModel.target(folder.resolve(chosen), format)).isEqualTo(folder.resolve(expected));
    }

    @ParameterizedTest(name = "{0} {1}: {2} x {3} at {4}")
    @CsvSource({
            "PNG, X1, 400, 300, 1",
            "PNG, X2, 400, 300, 2",
            "PNG, X4, 400, 300, 4",
            "PNG, CUSTOM, 1000, 500, 1",
            "SVG, X4, 400, 300, 1",
            "PDF, X2, 400, 300, 1",
    })
    void eachOptionGivesTheExporterTheScreensSizeOrTheTypedOne(ExportFormat format, PngSize size, int width,
                                                                int height, double pixelScale) {
        ExportOptions options = new ExportOptions(format, size, 1000, 500, true, TextMode.NATIVE, false);
        FigureExporter.Settings s = options.exporterSettings(VISIBLE);
        assertThat(s.width()).isEqualTo(width);
        assertThat(s.height()).isEqualTo(height);
        assertThat(s.pixelScale()).isEqualTo(pixelScale);
        assertThat(s.render().scale()).as("the screen's figure scale").isEqualTo(1.25);
        assertThat(s.render().transparentBackground()).isEqualTo(format == ExportFormat.PNG);
        assertThat(s.render().textMode()).isEqualTo(format == ExportFormat.SVG ? TextMode.NATIVE : TextMode.OUTLINES);
    }

    @Test
    void theCaptionIsAddedOnlyWhenAskedAndNeverToData() {
        ExportOptions plain = ExportOptions.DEFAULT;
        ExportOptions captioned = new ExportOptions(ExportFormat.SVG, PngSize.X1, 1920, 1080, false, TextMode.OUTLINES, true);
        assertThat(plain.figure(VISIBLE).caption()).isEmpty();
        assertThat(captioned.figure(VISIBLE).caption()).isEqualTo(CurvesCaption.of(SETTINGS)).contains("Sigmoid", "ReLU");
    }

    @Test
    void aPngIsWrittenAtTwiceTheScreenSize() throws Exception {
        Path file = folder.resolve("curves.png");
        model.export(VISIBLE, ExportOptions.DEFAULT, file, failures::add);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(failures).isEmpty();
        assertThat(statuses).containsExactly("Exporting curves.png\u2026", "Saved " + file);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void anSvgWithTextAsTextParsesAndKeepsItsLabels() throws Exception {
        Path file = folder.resolve("curves.svg");
        model.export(VISIBLE, new ExportOptions(ExportFormat.SVG, PngSize.X1, 1920, 1080, false, TextMode.NATIVE, true),
                file, failures::add);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 400 300");
        assertThat(svg.getElementsByTagName("text").getLength()).isGreaterThan(0);
        assertThat(Files.readString(file)).contains("Sigmoid", "x from -6 to 6");
    }

    @Test
    void csvHoldsTheSampledSeries() throws Exception {
        Path file = folder.resolve("curves.csv");
        model.export(VISIBLE, new ExportOptions(ExportFormat.CSV, PngSize.X1, 1920, 1080, false, TextMode.OUTLINES, true),
                file, failures::add);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("x,sigmoid,dsigmoid,relu,drelu");
        assertThat(lines).hasSize(1 + DATA.xs().length);
    }

    @Test
    void aFailureIsReportedWithItsMessageAndNothingIsLeft() {
        Path file = folder.resolve("missing").resolve("curves.png");
        model.export(VISIBLE, ExportOptions.DEFAULT, file, failures::add);
        assertThat(failures).singleElement().asString().contains("curves.png").contains("does not exist");
        assertThat(statuses.get(statuses.size() - 1)).startsWith("Export failed: cannot write");
        assertThat(Files.exists(file)).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theClipboardImageIsTheScreenSizeTimesItsScale() throws Exception {
        BufferedImage image = model.image(VISIBLE, 2);
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(statuses).containsExactly("Copied the figure to the clipboard (800 \u00d7 600 pixels).");
    }

    @Test
    void theOptionsOfTheLastExportAreRemembered() {
        ExportOptions svg = new ExportOptions(ExportFormat.SVG, PngSize.X4, 640, 480, true, TextMode.NATIVE, true);
        assertThat(model.getOptions()).isEqualTo(ExportOptions.DEFAULT);
        model.remember(svg);
        assertThat(model.getOptions()).isEqualTo(svg);
    }
}
