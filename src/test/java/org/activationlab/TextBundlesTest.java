package org.activationlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;
import org.activationlab.model.Monotonicity;
import org.activationlab.model.Smoothness;
import org.activationlab.nn.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The texts of the headless layers (model, nn, plot, export, cli, shootout): each bundle has an English
 * base and a Chinese {@code _zh} file with exactly the same keys, the same placeholders in each
 * text, and no key that the code never reads.
 */
class TextBundlesTest {
    /** Every bundle of the headless layers. */
    static final List<String> BUNDLES = List.of("org/activationlab/model/texts", "org/activationlab/nn/texts",
            "org/activationlab/plot/texts", "org/activationlab/export/texts", "org/activationlab/cli/texts",
            "org/activationlab/shootout/texts");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}|\\$\\{[A-Z-]+}|%n|%%");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Picocli reads these keys by name: headings, standard options and each command's description. */
    private static final Pattern PICOCLI_KEY = Pattern.compile(
            "usage\\.[A-Za-z]+(\\.\\d+)?|mixinStandardHelpOptions\\.(help|version)"
                    + "|activation-lab(\\.(list|sample|properties|export|train|depth|shootout))?\\.usage\\.description(\\.\\d+)?");

    static Stream<String> bundles() {
        return BUNDLES.stream();
    }

    static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = TextBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Map<String, Long> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        Map<String, Long> counts = new TreeMap<>();
        while (m.find()) {
            counts.merge(m.group(), 1L, Long::sum);
        }
        return counts;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishAndChineseHaveTheSameKeys(String bundle) {
        Properties en = load(bundle + ".properties");
        Properties zh = load(bundle + "_zh.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTextHasTheSamePlaceholdersInBothLanguagesAndIsNotBlank(String bundle) {
        Properties en = load(bundle + ".properties");
        Properties zh = load(bundle + "_zh.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(zh.getProperty(key, "")).as(key).isNotBlank();
            assertThat(placeholders(zh.getProperty(key, ""))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void chineseFileIsChineseWhereTheEnglishHasWords(String bundle) {
        Properties en = load(bundle + ".properties");
        Properties zh = load(bundle + "_zh.properties");
        Set<String> untranslated = en.stringPropertyNames().stream()
                .filter(key -> en.getProperty(key).matches(".*[A-Za-z]{3,} [a-z]{3,} [a-z]{2,}.*"))
                .filter(key -> zh.getProperty(key, "").codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(untranslated).isEmpty();
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> literals = sourceLiterals(Path.of("src/main/java/org/activationlab"));
        Set<String> unused = new TreeSet<>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                if (!used(key, literals)) {
                    unused.add(bundle + ": " + key);
                }
            }
        }
        assertThat(unused).isEmpty();
    }

    /** The check itself: a key no source names is reported, one named whole or as prefix + literal is not. */
    @Test
    void unusedKeyCheckCanFail() {
        Set<String> literals = Set.of("error.noCommand", "properties.label.", "function");
        assertThat(used("error.noCommand", literals)).isTrue();
        assertThat(used("properties.label.function", literals)).isTrue();
        assertThat(used("properties.label.formula", literals)).isFalse();
        assertThat(used("error.nobody.reads.this", literals)).isFalse();
    }

    /**
     * Whether the code reads {@code key}: it is a literal of the sources, a picocli key, one of
     * the keys built from a name (activation names, enum constants), or a literal prefix ending
     * in "." followed by a literal rest ({@code "properties.label." + row} with {@code row} a literal).
     */
    private static boolean used(String key, Set<String> literals) {
        if (literals.contains(key) || PICOCLI_KEY.matcher(key).matches() || builtFromNames().contains(key)) {
            return true;
        }
        for (int dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', dot + 1)) {
            if (literals.contains(key.substring(0, dot + 1)) && literals.contains(key.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Keys the code builds from a catalogue name or an enum constant rather than spells out. */
    private static Set<String> builtFromNames() {
        Set<String> keys = new TreeSet<>();
        for (String name : Catalogue.names()) {
            keys.add("activation." + name + ".displayName");
            keys.add("activation." + name + ".summary");
        }
        for (String name : Gate.names()) {
            keys.add("gate." + name + ".displayName");
            keys.add("activation." + name + ".displayName");
            keys.add("activation." + name + ".summary");
        }
        Arrays.stream(Monotonicity.values()).forEach(m -> keys.add("monotonicity." + m.name()));
        Arrays.stream(Smoothness.values()).forEach(s -> keys.add("smoothness." + s.name()));
        Arrays.stream(Task.values()).forEach(t -> keys.add("task." + t.cliName() + ".description"));
        Stream.of("int", "long", "double", "float").forEach(t -> keys.add("picocli.notA." + t));
        return keys;
    }

    private static Set<String> sourceLiterals(Path root) throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.toString().contains("/ui/")) {
                    continue;
                }
                Matcher m = STRING_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        return literals;
    }
}
