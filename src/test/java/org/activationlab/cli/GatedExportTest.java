package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.activationlab.cli.ExportCommandTest.Run;
import org.activationlab.export.PngExporter;
import org.activationlab.model.Gate;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.studies.GatedFigures;
import org.activationlab.plot.studies.GatedGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code export --gated UNIT --view VIEW}: the gated view's two-input figures and grid, headless. */
class GatedExportTest {
    @TempDir
    static Path dir;

    private static Run run(Path file, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--out";
        all[args.length + 1] = file.toString();
        return ExportCommandTest.run(all);
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
        "swiglu, map, png", "glu, partials, svg", "reglu, slice, pdf", "geglu, diagonal, png",
        "swiglu, diagonal, svg", "glu, map, pdf", "geglu, partials, csv", "reglu, slice, csv"})
    void writesEachViewInEachFormat(String unit, String view, String extension) throws Exception {
        Path file = dir.resolve(unit + "-" + view + "." + extension);

        Run r = run(file, "--gated", unit, "--view", view, "--from", "-3", "--to", "3", "--width", "640",
                "--height", "480");

        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + file + System.lineSeparator());
        if (extension.equals("csv")) {
            List<String> lines = Files.readAllLines(file);
            assertThat(lines.get(0)).isEqualTo(String.join(",", GatedGrid.HEADERS));
            assertThat(lines).hasSize(1 + GatedGrid.NODES * GatedGrid.NODES);
            assertThat(lines.get(1)).startsWith("-3.0,-3.0,");
            assertThat(lines.get(lines.size() - 1)).startsWith("3.0,3.0,");
        } else {
            ExportCommandTest.assertFigureFile(file, extension, 640);
        }
    }

    @Test
    void thePngIsTheFigureTheGatedViewBuildsFromTheSameGrid() throws Exception {
        Path file = dir.resolve("same.png");

        Run r = run(file, "--gated", "swiglu", "--view", "slice", "--from", "-4", "--to", "4", "--width", "400",
                "--height", "300");

        assertThat(r.status()).isZero();
        GatedGrid grid = GatedGrid.sample(Gate.SWIGLU, -4, 4, -4, 4, GatedGrid.NODES);
        BufferedImage expected = PngExporter.render(GatedFigures.of(GatedFigures.View.SLICE, grid), 400, 300, 1,
                RenderOptions.DEFAULT);
        BufferedImage got = ImageIO.read(file.toFile());
        assertThat(got.getWidth()).isEqualTo(expected.getWidth());
        for (int y = 0; y < got.getHeight(); y += 7) {
            for (int x = 0; x < got.getWidth(); x += 7) {
                assertThat(got.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--gated swish|--gated swish: not a gated unit; known: glu, reglu, geglu, swiglu",
        "--gated glu --view heatmap|--view heatmap: expected one of map, partials, slice, diagonal",
        "--gated glu --functions relu|--gated draws one gated unit's figure: give it without --functions and --formula",
        "--gated glu --from 2 --to 1|--from must be less than --to, got --from 2 --to 1"})
    void badInputIsOneLineAndExitStatusTwo(String args, String message) {
        Path file = dir.resolve("bad.png");

        Run r = run(file, args.split(" "));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("activation-lab export: " + message);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(file).doesNotExist();
    }
}
