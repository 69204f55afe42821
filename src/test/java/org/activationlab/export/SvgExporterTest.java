package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activationlab.model.ActivationSpec;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Palette;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.TextMode;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class SvgExporterTest {
    private static final List<Color> SERIES = List.of(Palette.OKABE_ITO_BLUE, Palette.OKABE_ITO_VERMILLION,
            Palette.OKABE_ITO_BLUISH_GREEN);

    @TempDir
    Path dir;

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** A presentation property of an element, as set on it or inherited from its groups. */
    private static String property(Element e, String name) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute(name)) {
                return el.getAttribute(name);
            }
            for (String declaration : el.getAttribute("style").split(";")) {
                String[] kv = declaration.split(":", 2);
                if (kv.length == 2 && kv[0].strip().equals(name)) {
                    return kv[1].strip();
                }
            }
        }
        return "";
    }

    private static boolean insideDefs(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element el; n = n.getParentNode()) {
            if (el.getLocalName().equals("defs") || el.getLocalName().equals("clipPath")) {
                return true;
            }
        }
        return false;
    }

    /** Paths stroked (not filled) fully opaque in {@code colour}: the drawn series of that colour. */
    private static long strokedPaths(Document svg, Color colour) {
        String rgb = "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
        NodeList paths = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        long n = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            String opacity = property(p, "stroke-opacity");
            if (!insideDefs(p) && property(p, "fill").equals("none") && property(p, "stroke").equals(rgb)
                    && (opacity.isEmpty() || Double.parseDouble(opacity) == 1)) {
                n++;
            }
        }
        return n;
    }

    @ParameterizedTest(name = "both panels {0}, text {1}")
    @CsvSource({"false, OUTLINES, 1", "true, OUTLINES, 2", "false, NATIVE, 1", "true, NATIVE, 2"})
    void oneStrokedPathPerVisibleSeries(boolean bothPanels, TextMode mode, int perFunction) throws Exception {
        Figure figure = ExportFixtures.figure(ExportFixtures.threeFunctions(bothPanels));
        Path file = dir.resolve("curves.svg");
        SvgExporter.write(figure, file, 900, 600, RenderOptions.DEFAULT.withTextMode(mode));
        Document svg = parse(file);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 900 600");
        for (Color c : SERIES) {
            assertThat(strokedPaths(svg, c)).as("paths in %s", c).isEqualTo(perFunction);
        }
    }

    @Test
    void textIsTextOrOutlinesAsAsked() throws Exception {
        Figure figure = ExportFixtures.figure(ExportFixtures.threeFunctions(false));
        Path asText = dir.resolve("text.svg");
        Path asPaths = dir.resolve("paths.svg");
        SvgExporter.write(figure, asText, 900, 600, RenderOptions.DEFAULT.withTextMode(TextMode.NATIVE));
        SvgExporter.write(figure, asPaths, 900, 600, RenderOptions.DEFAULT.withTextMode(TextMode.OUTLINES));
        NodeList texts = parse(asText).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        assertThat(texts.getLength()).isPositive();
        boolean legendLabel = false;
        for (int i = 0; i < texts.getLength(); i++) {
            legendLabel |= texts.item(i).getTextContent().equals("Sigmoid");
        }
        assertThat(legendLabel).isTrue();
        assertThat(parse(asPaths).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength()).isZero();
    }

    /** A jump's dots reach the file: relu' at 0 gets a filled dot at 0 and, above it, an open dot at 1. */
    @Test
    void jumpsHaveAFilledAndAnOpenDot() throws Exception {
        CurvesSettings settings = CurvesSettings.builder().activations(List.of(ActivationSpec.of("relu")))
                .range(-3, 3).panels(false, true).build();
        Path file = dir.resolve("relu.svg");
        SvgExporter.write(CurvesFigureBuilder.build(settings), file, 600, 400, RenderOptions.DEFAULT);
        Color blue = Palette.OKABE_ITO_BLUE;
        String rgb = "rgb(" + blue.getRed() + "," + blue.getGreen() + "," + blue.getBlue() + ")";
        NodeList circles = parse(file).getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
        double filledY = Double.NaN;
        double ringY = Double.NaN;
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            double cy = Double.parseDouble(c.getAttribute("cy"));
            if (property(c, "fill").equals(rgb) && property(c, "stroke").equals("none")) {
                filledY = cy;
            } else if (property(c, "fill").equals("none") && property(c, "stroke").equals(rgb)) {
                ringY = cy;
            }
        }
        assertThat(filledY).as("filled dot at relu'(0) = 0").isFinite();
        assertThat(ringY).as("open dot at the right limit 1, above the filled one").isLessThan(filledY - 100);
    }
}
