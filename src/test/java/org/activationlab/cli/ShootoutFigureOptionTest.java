package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code shootout --figure FILE}: the three formats, the CSVs unchanged, a bad extension refused before any run. */
class ShootoutFigureOptionTest {
    /** Two contenders on a classification and a regression task (circle: 4 distributions, sin: 2): 6 panels. */
    private static final List<String> PLAN = List.of("shootout", "--activations", "relu,tanh", "--task", "circle,sin",
            "--hidden", "4", "--points", "60", "--steps", "30", "--seeds", "3", "--threads", "1");

    @TempDir
    Path tmp;

    private static ShootoutCommandTest.Result run(Path dir, String... more) {
        List<String> args = new ArrayList<>(PLAN);
        args.addAll(List.of("--out", dir.toString()));
        args.addAll(List.of(more));
        return ShootoutCommandTest.run(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"png", "svg", "pdf"})
    void theFigureIsWrittenInTheFormatOfItsExtensionAndTheCsvFilesStayTheSame(String extension) throws IOException {
        Path plain = tmp.resolve("plain");
        assertThat(run(plain).exit()).isZero();
        Path dir = tmp.resolve("with");
        Path file = tmp.resolve("shootout." + extension.toUpperCase(java.util.Locale.ROOT));
        ShootoutCommandTest.Result r = run(dir, "--figure", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("wrote the figure to " + file);
        for (String name : new String[] {"runs.csv", "curves.csv", "summary.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve(name))).as(name).isEqualTo(Files.readAllBytes(plain.resolve(name)));
        }
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(Arrays.copyOf(bytes, Math.min(bytes.length, 400)), StandardCharsets.ISO_8859_1);
        switch (extension) {
            case "png" -> {
                BufferedImage image = ImageIO.read(file.toFile());
                assertThat(image.getWidth()).isEqualTo(ShootoutCommand.FIGURE_WIDTH);
                assertThat(image.getHeight()).isEqualTo(ShootoutCommand.FIGURE_TOP + 6 * ShootoutCommand.PANEL_HEIGHT);
            }
            case "svg" -> assertThat(head).contains("<svg");
            default -> assertThat(head).startsWith("%PDF");
        }
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("plain", "with", file.getFileName().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"figure.jpg", "figure", "figure.csv"})
    void anotherExtensionExitsWithTwoAndOneLineNamingTheValueBeforeAnyRun(String name) {
        Path dir = tmp.resolve("out");
        ShootoutCommandTest.Result r = run(dir, "--figure", tmp.resolve(name).toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly("activation-lab shootout: --figure " + tmp.resolve(name)
                + ": the file name must end in .png, .svg or .pdf");
        assertThat(dir).doesNotExist();
    }

    @Test
    void anUnwritableFigureExitsWithTwoAndOneLine() {
        Path file = tmp.resolve("missing/dir/figure.png");
        ShootoutCommandTest.Result r = run(tmp.resolve("out"), "--figure", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("activation-lab shootout: --figure: ");
    }
}
