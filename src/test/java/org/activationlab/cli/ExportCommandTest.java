package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.activationlab.model.ActivationSpec;
import org.activationlab.export.PngExporter;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.curves.CurvesFigureBuilder;
import org.activationlab.plot.curves.CurvesSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {
    @TempDir
    static Path dir;

    /** The exit status, stdout and stderr of one in-process run. */
    record Run(int status, String out, String err) {
    }

    /** Runs {@code activation-lab export ARGS} in-process, as the launcher would. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        int status = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    private static String[] withOut(Path file, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--out");
        all.add(file.toString());
        return all.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf", "csv"})
    void writesEachFormatFromTheExtension(String extension) throws Exception {
        Path file = dir.resolve("curves." + extension);
        Run r = run(withOut(file, "--functions", "sigmoid,tanh,relu", "--from", "-6", "--to", "6", "--both",
                "--saturation", "0.01", "--caption"));
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + file + System.lineSeparator());
        assertThat(Files.size(file)).isPositive();
        if (extension.equals("csv")) {
            assertThat(Files.readAllLines(file).get(0)).isEqualTo("x,sigmoid,dsigmoid,tanh,dtanh,relu,drelu");
        } else {
            assertFigureFile(file, extension, 1200);
        }
    }

    /** {@code file} is a PNG {@code width} pixels wide, an SVG or a one-page PDF, as {@code extension} says. */
    static void assertFigureFile(Path file, String extension, int width) throws Exception {
        switch (extension) {
            case "png" -> assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(width);
            case "svg" -> assertThat(Files.readString(file)).contains("<svg");
            default -> {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void pngMatchesTheFigureTheViewBuildsFromTheSameSettings() throws Exception {
        Path file = dir.resolve("same.png");
        Run r = run(withOut(file, "--functions", "sigmoid,leaky_relu", "--param", "leaky_relu.slope=0.2",
                "--from", "-3", "--to", "5", "--derivative", "--width", "400", "--height", "300", "--scale", "2"));
        assertThat(r.status()).isZero();
        CurvesSettings same = CurvesSettings.builder()
                .activations(List.of(ActivationSpec.of("sigmoid"), ActivationSpec.of("leaky_relu").with("slope", 0.2)))
                .range(-3, 5).panels(false, true).build();
        BufferedImage expected = PngExporter.render(CurvesFigureBuilder.build(same), 400, 300, 2, RenderOptions.DEFAULT);
        BufferedImage actual = ImageIO.read(file.toFile());
        assertThat(actual.getWidth()).isEqualTo(800);
        for (int y = 0; y < expected.getHeight(); y += 3) {
            for (int x = 0; x < expected.getWidth(); x += 3) {
                assertThat(actual.getRGB(x, y)).as("pixel (%d, %d)", x, y).isEqualTo(expected.getRGB(x, y));
            }
        }
    }

    @Test
    void depthAddsTheDerivativePanelAndItsColumn() throws Exception {
        Path file = dir.resolve("depth.csv");
        Run r = run(withOut(file, "--functions", "sigmoid", "--depth", "10", "--points", "5"));
        assertThat(r.status()).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("x,sigmoid,dsigmoid,|dsigmoid|^10");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(3)).isEqualTo("0.0,0.5,0.25," + Math.pow(0.25, 10));
    }

    @Test
    void aHugeRangeGivesIncreasingRowsFromAToBAndTheWholeCurve() throws Exception {
        Path csv = dir.resolve("huge.csv");
        Run r = run(withOut(csv, "--functions", "relu", "--from", "-8e307", "--to", "8e307", "--points", "9"));
        assertThat(r.err()).isEmpty();
        List<Double> xs = Files.readAllLines(csv).stream().skip(1).map(l -> Double.parseDouble(l.split(",")[0])).toList();
        assertThat(xs).hasSize(9).isSorted().doesNotHaveDuplicates().allMatch(Double::isFinite);
        assertThat(xs.get(0)).isEqualTo(-8e307);
        assertThat(xs.get(8)).isEqualTo(8e307);

        Path png = dir.resolve("huge.png");
        assertThat(run(withOut(png, "--functions", "relu", "--from", "-8e307", "--to", "8e307", "--width", "400",
                "--height", "300")).status()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        BufferedImage ordinary = ImageIO.read(exported("ordinary.png", "-8", "8").toFile());
        assertThat(inkedColumns(image)).isGreaterThan(inkedColumns(ordinary) * 3 / 4);
    }

    private static Path exported(String name, String from, String to) {
        Path file = dir.resolve(name);
        assertThat(run(withOut(file, "--functions", "relu", "--from", from, "--to", to, "--width", "400",
                "--height", "300")).status()).isZero();
        return file;
    }

    /** How many pixel columns hold a saturated (curve-coloured) pixel. */
    private static int inkedColumns(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int red = rgb >> 16 & 0xFF;
                int green = rgb >> 8 & 0xFF;
                int blue = rgb & 0xFF;
                if (Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)) > 80) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sigmoid,", "sigmoid,,relu", ",relu", "--functions=sigmoid,"})
    void anEmptyItemInTheFunctionListIsRefusedWhereverItIs(String value) {
        List<String> args = value.startsWith("--") ? List.of(value) : List.of("--functions", value);
        Run r = run(withOut(dir.resolve("never.png"), args.toArray(String[]::new)));
        String raw = value.replace("--functions=", "");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("activation-lab export: --functions has an empty item in '" + raw
                + "'; separate the items with single commas and no comma at either end" + System.lineSeparator());
        assertThat(dir.resolve("never.png")).doesNotExist();
    }

    @Test
    void anEmptyOutIsRefusedAsEmpty() {
        Run r = run("--functions", "relu", "--out", "");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("activation-lab export: Invalid value for option '--out': the value is empty;"
                + " name a file or folder (use . for the current folder)" + System.lineSeparator());
    }

    @Test
    void maxoutTakesItsPiecesInAnyOrder() throws Exception {
        Path file = dir.resolve("maxout.csv");
        Run r = run(withOut(file, "--functions", "maxout", "--param", "maxout.w3=2", "--param", "maxout.k=3",
                "--param", "maxout.w1=-1", "--from", "-1", "--to", "1", "--points", "3"));
        assertThat(r.err()).isEmpty();
        assertThat(Files.readAllLines(file)).containsExactly("x,maxout,dmaxout", "-1.0,1.0,-1.0", "0.0,0.0,-1.0",
                "1.0,2.0,2.0");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("--functions", "sigmod"), "unknown function 'sigmod'; did you mean sigmoid"),
                Arguments.of(List.of("--functions", "relu", "--param", "slope=0.1"), "expected NAME.KEY=VALUE"),
                Arguments.of(List.of("--functions", "relu", "--param", "relu.slope"), "'relu.slope' is not KEY=VALUE"),
                Arguments.of(List.of("--functions", "relu", "--param", "elu.alpha=2"), "elu is not among --functions (relu)"),
                Arguments.of(List.of("--functions", "elu", "--param", "elu.alpha=abc"), "'abc' is not a number"),
                Arguments.of(List.of("--functions", "elu", "--param", "elu.alpha=1", "--param", "elu.alpha=2"),
                        "--param elu.alpha is given more than once"),
                Arguments.of(List.of("--functions", "softplus", "--param", "softplus.beta=-1"),
                        "parameter 'beta' of softplus must be a finite number >= 1.0E-280, got -1"),
                Arguments.of(List.of("--functions", "relu", "--param", "relu.slope=1"), "relu has no parameter 'slope'"),
                Arguments.of(List.of("--functions", "relu", "--from", "6", "--to", "-6"),
                        "--from must be less than --to, got --from 6 --to -6"),
                Arguments.of(List.of("--functions", "relu", "--from", "NaN"), "NaN is not a finite number"),
                Arguments.of(List.of("--functions", "relu", "--to", "Infinity"), "Infinity is not a finite number"),
                Arguments.of(List.of("--functions", "relu", "--from", "abc"), "'abc' is not a number"),
                Arguments.of(List.of("--functions", "relu", "--from", "-1e308", "--to", "1e308"),
                        "--to minus --from must be a finite number"),
                Arguments.of(List.of("--functions", "relu", "--depth", "0"), "--depth must be an integer from 1 to 50, got 0"),
                Arguments.of(List.of("--functions", "relu", "--depth", "51"), "--depth must be an integer from 1 to 50, got 51"),
                Arguments.of(List.of("--functions", "relu", "--saturation", "-1"), "--saturation must be a finite number > 0"),
                Arguments.of(List.of("--functions", "relu", "--width", "100000"), "--width must be an integer from 16 to 16384"),
                Arguments.of(List.of("--functions", "relu", "--scale", "0"), "--scale must be a number > 0"),
                Arguments.of(List.of("--functions", "relu", "--points", "1"), "--points must be an integer from 2"),
                Arguments.of(List.of("--functions", "relu", "--derivative", "--both"), "mutually exclusive"),
                Arguments.of(List.of("--functions", "relu", "--svg-text", "shapes"), "--svg-text"),
                Arguments.of(List.of("--functions", "relu", "--theme", "pink"), "unknown theme 'pink'"),
                Arguments.of(List.of("--functions", "relu", "--colour", "red"), "Unknown option"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputExitsTwoWithOneLineAndNothingOnStdout(List<String> args, String message) {
        Path file = dir.resolve("never.png");
        Run r = run(withOut(file, args.toArray(String[]::new)));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("activation-lab export: ").contains(message).doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void missingRequiredOptionsAreNamed() {
        Run r = run("--functions", "relu");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("activation-lab export: Missing required option: '--out=FILE'"
                + System.lineSeparator());
    }

    @Test
    void unsupportedExtensionAndUnwritablePathAreReported() throws Exception {
        Run jpg = run("--functions", "relu", "--out", dir.resolve("a.jpg").toString());
        assertThat(jpg.status()).isEqualTo(2);
        assertThat(jpg.err()).contains("'.jpg' is not supported; use .png, .svg, .pdf or .csv");
        Path missing = dir.resolve("missing/folder/a.png");
        Run unwritable = run("--functions", "relu", "--out", missing.toString());
        assertThat(unwritable.status()).isEqualTo(2);
        assertThat(unwritable.out()).isEmpty();
        assertThat(unwritable.err()).isEqualTo("activation-lab export: cannot write " + missing + ": the folder "
                + dir.resolve("missing/folder") + " does not exist" + System.lineSeparator());
    }

    @Test
    void anExistingFileIsReplacedWholeAndKinksAreSampled() throws Exception {
        Path file = dir.resolve("replace.csv");
        Files.writeString(file, "old content that is much longer than nothing at all");
        Run r = run("--functions", "relu", "--points", "2", "--out", file.toString());
        assertThat(r.status()).isZero();
        assertThat(Files.readAllLines(file)).containsExactly("x,relu,drelu", "-6.0,0.0,0.0", "0.0,0.0,0.0", "6.0,6.0,1.0");
    }

    @Test
    void helpListsTheIssuesFlags() {
        Run r = run("--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("--functions", "--param", "--from", "--to", "--derivative", "--both", "--depth",
                "--saturation", "--width", "--height", "--scale", "--out");
    }
}
