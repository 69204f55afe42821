package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The machine-readable contracts of the README are the same bytes in every language: what
 * {@code list}, {@code sample}, {@code properties --json} and {@code depth} print, and the files
 * {@code train} and {@code export} (CSV) write.
 */
class MachineOutputLanguageTest {
    private final Locale original = Locale.getDefault();

    @TempDir
    Path dir;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    private static String stdout(String lang, String args) {
        List<String> all = new ArrayList<>(List.of("--lang", lang));
        all.addAll(List.of(args.strip().split(" +")));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        assertThat(err.toString()).isEmpty();
        assertThat(status).isZero();
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "list",
        "list --json",
        "sample --function leaky_relu --param slope=0.1 --from -2 --to 2 --points 5",
        "sample --function maxout --param k=3 --param w3=-1 --from -3 --to 3 --points 7",
        "properties --function selu --json",
        "properties --function maxout --param k=3 --param w3=-1 --json",
        "properties --function step --json",
        "depth --activation tanh --init normal --std 0.05 --layers 4 --width 10",
    })
    void stdoutIsTheSameInEnglishAndChinese(String args) {
        String english = stdout("en", args);
        String chinese = stdout("zh", args);
        if (args.startsWith("properties")) {
            english = english.replaceAll("\"relativeCost\":[^,}]*", "");
            chinese = chinese.replaceAll("\"relativeCost\":[^,}]*", "");
        }
        assertThat(chinese).isEqualTo(english);
        assertThat(english.codePoints().allMatch(c -> c < 128)).as("ASCII only").isTrue();
    }

    @ParameterizedTest
    @CsvSource({"xor, 4;4, tanh", "sin, 8, relu", "moons, 3, maxout"})
    void trainWritesTheSameFilesInEnglishAndChinese(String task, String hidden, String activation) throws IOException {
        for (String lang : List.of("en", "zh")) {
            stdout(lang, "train --task " + task + " --hidden " + hidden.replace(';', ',') + " --activation " + activation
                    + " --steps 20 --out " + dir.resolve(lang));
        }
        for (String file : List.of("data.csv", "init.json", "final.json", "metrics.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("zh").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("en").resolve(file)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--functions sigmoid,tanh,relu --both --saturation 0.01",
        "--functions leaky_relu,leaky_relu,relu --param leaky_relu.slope=0.1 --depth 3",
    })
    void exportCsvIsTheSameInEnglishAndChinese(String args) throws IOException {
        for (String lang : List.of("en", "zh")) {
            stdout(lang, "export " + args + " --points 101 --caption --title T --out " + dir.resolve(lang + ".csv"));
        }
        assertThat(Files.readAllBytes(dir.resolve("zh.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("en.csv")));
    }
}
