package org.activationlab.export;

import java.awt.Dimension;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.activationlab.plot.BundledFont;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.RenderOptions;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes figures as SVG through Batik's SVGGraphics2D. Each series is one {@code path}. With
 * {@code TextMode.OUTLINES} text becomes glyph outlines (a self-contained file that looks the
 * same everywhere); with {@code TextMode.NATIVE} it stays searchable {@code text} in the
 * viewer's fonts. Formulas are outlines either way.
 */
public final class SvgExporter {
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    /** Decimal digits of coordinates: a hundredth of a unit. */
    private static final int PRECISION = 2;
    /** What follows the bundled CJK font's names in {@code font-family}. */
    private static final String FALLBACK_FAMILIES =
            ", 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

    private SvgExporter() {
    }

    /** Writes the figure at {@code width} x {@code height} user units (CSS pixels), atomically. */
    public static void write(Figure figure, Path file, int width, int height, RenderOptions options)
            throws ExportException {
        if (width < 1 || height < 1) {
            throw new ExportException(ExportTexts.cannotWrite(file, ExportTexts.format("export.size", width, height)));
        }
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Activation Lab");
        context.setPrecision(PRECISION);
        context.setImageHandler(new PngDataUriHandler());
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        FigureRenderer.render(figure, g, width, height, options);
        Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        addFontFallbacks(root);
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            g.stream(root, writer, true, false);
            writer.flush();
        });
        g.dispose();
    }

    /**
     * Searchable text in the bundled CJK font names it first (in English and, as Batik writes it
     * in the current language, in Chinese), then the usual Chinese system fonts and
     * {@code sans-serif}, for viewers that do not have WenQuanYi Micro Hei.
     */
    private static void addFontFallbacks(Element root) {
        if (!BundledFont.loaded()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        BundledFont.familyNames().forEach(name -> names.add("'" + name + "'"));
        String withFallbacks = String.join(", ", names) + FALLBACK_FAMILIES;
        replaceFamily(root, names, withFallbacks);
    }

    private static void replaceFamily(Element element, Set<String> names, String withFallbacks) {
        if (names.contains(element.getAttribute("font-family"))) {
            element.setAttribute("font-family", withFallbacks);
        }
        String style = element.getAttribute("style");
        for (String name : names) {
            if (style.contains("font-family:" + name + ";")) {
                element.setAttribute("style", style.replace("font-family:" + name + ";", "font-family:" + withFallbacks + ";"));
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                replaceFamily(e, names, withFallbacks);
            }
        }
    }

    private static Document newDocument() throws ExportException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new ExportException("cannot create an SVG document: " + e.getMessage(), e);
        }
    }
}
