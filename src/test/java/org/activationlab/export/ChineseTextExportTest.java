package org.activationlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activationlab.plot.BundledFont;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Text;
import org.activationlab.plot.TextMode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Chinese renders in every export whatever fonts the machine has: where no system CJK font
 * lets the theme font show it, the bundled WenQuanYi Micro Hei draws what the theme font lacks
 * (CI runs these tests both with and without a system CJK font). A character the fonts cannot
 * show is drawn as the same .notdef box whatever the character, so two different titles of the
 * same length giving the same picture would mean boxes; different pictures mean real glyphs.
 */
class ChineseTextExportTest {
    private static final String TITLE = "激活函数与导数";
    private static final String OTHER_TITLE = "梯度消失问题";
    private static final String CAPTION = "饱和区：|f'(x)| < 0.01 的区域；死亡 ReLU 的梯度处处为零，单调性与值域见性质表。";
    private static final int WIDTH = 600;
    private static final int HEIGHT = 400;

    private final Locale original = Locale.getDefault();

    @TempDir
    Path dir;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    private static Figure figure(String title, String caption) {
        return ExportFixtures.figure(ExportFixtures.threeFunctions(false)).withTitle(Text.plain(title))
                .withCaption(caption);
    }

    private static int[] pixels(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    }

    /** The number of pixels in rows top..bottom darker than mid grey. */
    private static int inkedPixels(BufferedImage image, int top, int bottom) {
        int n = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) < 128 && ((rgb >> 8) & 0xFF) < 128 && (rgb & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void bundledFontCoversTheChineseTexts() {
        assertThat(BundledFont.font().getFamily(java.util.Locale.ROOT)).isEqualTo(BundledFont.FAMILY);
        for (String s : List.of(TITLE, OTHER_TITLE, CAPTION, "激活函数、导数、饱和区、梯度消失、单调、值域、可微")) {
            assertThat(BundledFont.font().canDisplayUpTo(s)).as(s).isEqualTo(-1);
        }
    }

    @Test
    void pngDrawsDistinctGlyphsForDistinctCharacters() throws Exception {
        BufferedImage title = PngExporter.render(figure(TITLE, ""), WIDTH, HEIGHT, 1, RenderOptions.DEFAULT);
        BufferedImage other = PngExporter.render(figure(OTHER_TITLE, ""), WIDTH, HEIGHT, 1, RenderOptions.DEFAULT);
        BufferedImage blank = PngExporter.render(figure("\u00a0", ""), WIDTH, HEIGHT, 1, RenderOptions.DEFAULT);
        assertThat(inkedPixels(title, 0, 30)).isGreaterThan(inkedPixels(blank, 0, 30) + 100);
        assertThat(Arrays.equals(pixels(title), pixels(other))).as("two titles drawn alike: .notdef boxes").isFalse();
    }

    @Test
    void longChineseCaptionWrapsBetweenCharacters() throws Exception {
        BufferedImage narrow = PngExporter.render(figure("", CAPTION), 300, HEIGHT, 1, RenderOptions.DEFAULT);
        BufferedImage none = PngExporter.render(figure("", ""), 300, HEIGHT, 1, RenderOptions.DEFAULT);
        // the caption has no spaces to break at; unwrapped it would run off the 300-unit figure in one line
        int captionRows = 0;
        for (int y = 0; y < HEIGHT; y++) {
            if (inkedPixels(narrow, y, y + 1) > 0 && inkedPixels(none, y, y + 1) == 0) {
                captionRows++;
            }
        }
        assertThat(captionRows).as("rows of caption ink").isGreaterThan(2 * 14);
    }

    static Stream<Arguments> textModesAndLanguages() {
        return Stream.of(TextMode.values()).flatMap(mode -> Stream.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)
                .map(language -> Arguments.of(mode, language)));
    }

    /**
     * Searchable SVG text names a font that shows the title. Where the theme font cannot show
     * Chinese, that is the bundled font (Batik names it in the current language, "文泉驿微米黑" in
     * Chinese; both names are written, then the usual Chinese system fonts); where a system CJK
     * font lets the theme font show it, the theme font. Either way the list ends in the
     * viewer's {@code sans-serif}.
     */
    @ParameterizedTest
    @MethodSource("textModesAndLanguages")
    void svgDrawsTheChineseTitle(TextMode mode, Locale language) throws Exception {
        Locale.setDefault(language);
        RenderOptions options = RenderOptions.DEFAULT.withTextMode(mode);
        Path first = dir.resolve("first.svg");
        Path second = dir.resolve("second.svg");
        SvgExporter.write(figure(TITLE, CAPTION), first, WIDTH, HEIGHT, options);
        SvgExporter.write(figure(OTHER_TITLE, CAPTION), second, WIDTH, HEIGHT, options);
        Document svg = parse(first);
        if (mode == TextMode.OUTLINES) {
            assertThat(svg.getElementsByTagName("text").getLength()).isZero();
            assertThat(Files.readString(first)).isNotEqualTo(Files.readString(second));
        } else {
            String family = fontFamily(textElement(svg, TITLE));
            assertThat(family).endsWith("sans-serif");
            Font theme = new Font(options.fontFamily(), Font.BOLD, 15);
            if (theme.canDisplayUpTo(TITLE) == -1) {
                assertThat(family).doesNotContain(BundledFont.FAMILY);
            } else {
                assertThat(family).startsWith("'" + BundledFont.FAMILY + "'").contains("'文泉驿微米黑'");
                assertThat(BundledFont.font().canDisplayUpTo(TITLE)).isEqualTo(-1);
            }
        }
    }

    @Test
    void pdfDrawsDistinctGlyphsForDistinctCharacters() throws Exception {
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        Path blank = dir.resolve("blank.pdf");
        PdfExporter.write(figure(TITLE, ""), first, WIDTH, HEIGHT, RenderOptions.DEFAULT);
        PdfExporter.write(figure(OTHER_TITLE, ""), second, WIDTH, HEIGHT, RenderOptions.DEFAULT);
        PdfExporter.write(figure("\u00a0", ""), blank, WIDTH, HEIGHT, RenderOptions.DEFAULT);
        BufferedImage a = renderPdf(first);
        BufferedImage b = renderPdf(second);
        assertThat(inkedPixels(a, 0, 30)).isGreaterThan(inkedPixels(renderPdf(blank), 0, 30) + 100);
        assertThat(Arrays.equals(pixels(a), pixels(b))).as("two titles drawn alike: .notdef boxes").isFalse();
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static BufferedImage renderPdf(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFRenderer(pdf).renderImage(0);
        }
    }

    private static Element textElement(Document svg, String content) {
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().strip().equals(content)) {
                return (Element) texts.item(i);
            }
        }
        throw new AssertionError("no <text> holds " + content);
    }

    /** The font-family in effect for {@code e}: its own or its nearest ancestor's (attribute or style). */
    private static String fontFamily(Element e) {
        for (org.w3c.dom.Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute("font-family")) {
                return el.getAttribute("font-family");
            }
            String style = el.getAttribute("style");
            int at = style.indexOf("font-family:");
            if (at >= 0) {
                String rest = style.substring(at + "font-family:".length());
                return rest.split(";")[0].strip();
            }
        }
        return "";
    }
}
