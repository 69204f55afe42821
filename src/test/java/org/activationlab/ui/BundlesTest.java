package org.activationlab.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every resource bundle of the desktop app, read from the source tree: each translation has
 * exactly the keys of its English base and the same {@code {n}} arguments per key, and each key
 * is used by the code (see {@link KeyUse}).
 */
class BundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/activationlab/ui");
    private static final Path SOURCES = Path.of("src/main/java");
    /** {@code {0}}, {@code {1,number}}: the argument index of a MessageFormat element. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    /** Each translation of the UI package, paired with its English base: "messages_zh.properties" with "messages.properties". */
    static Stream<Path> translations() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.getFileName().toString().matches(".+_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .sorted().toList().stream();
        }
    }

    static Stream<Path> bases() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.getFileName().toString().matches("[^_]+\\.properties")).sorted().toList().stream();
        }
    }

    @Test
    void everyBaseBundleHasAChineseTranslation() throws IOException {
        assertThat(bases()).isNotEmpty().allSatisfy(base -> assertThat(BUNDLES.resolve(
                base.getFileName().toString().replace(".properties", "_zh.properties"))).exists());
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aTranslationHasExactlyTheKeysOfItsBase(Path translation) throws IOException {
        assertThat(load(translation).keySet()).containsExactlyInAnyOrderElementsOf(load(baseOf(translation)).keySet());
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aTranslationHasTheArgumentsOfItsBaseAndFormatsThemAll(Path translation) throws IOException {
        Map<String, String> base = load(baseOf(translation));
        Map<String, String> translated = load(translation);
        for (Map.Entry<String, String> e : base.entrySet()) {
            String key = e.getKey();
            Set<Integer> arguments = arguments(e.getValue());
            assertThat(arguments(translated.get(key))).as(key).isEqualTo(arguments);
            if (!arguments.isEmpty()) {
                Object[] values = IntStream.rangeClosed(0, arguments.stream().max(Integer::compare).orElseThrow())
                        .mapToObj(i -> "@" + i + "@").toArray();
                for (String text : new String[] {e.getValue(), translated.get(key)}) {
                    String formatted = new MessageFormat(text).format(values);
                    assertThat(arguments).as("%s: a stray apostrophe swallows an argument in %s", key, text)
                            .allSatisfy(i -> assertThat(formatted).contains("@" + i + "@"));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aChineseTranslationIsWrittenInChineseWhereItsBaseHasWords(Path translation) throws IOException {
        Map<String, String> base = load(baseOf(translation));
        Map<String, String> translated = load(translation);
        Set<String> untranslated = base.entrySet().stream()
                .filter(e -> e.getValue().matches(".*\\b[A-Za-z]{2,}\\s[a-z]{2,}\\b.*"))
                .filter(e -> !CJK.matcher(translated.get(e.getKey())).find())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(untranslated).as("texts with English words but no Chinese in " + translation.getFileName())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bases")
    void everyKeyIsUsedByTheCode(Path base) throws IOException {
        KeyUse use = KeyUse.scan(SOURCES);
        Set<String> unused = load(base).keySet().stream().filter(k -> !use.isUsed(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("keys of " + base.getFileName() + " that no source file uses").isEmpty();
    }

    @Test
    void theUseCheckRefusesAKeyNoSourceNames() throws IOException {
        KeyUse use = KeyUse.scan(SOURCES);
        assertThat(use.isUsed("menu.file.export")).isTrue();
        assertThat(use.isUsed("training.preset.linearXor.explanation")).as("prefix + enum key + suffix").isTrue();
        assertThat(use.isUsed("monotonicity.INCREASING")).as("prefix + constant name").isTrue();
        assertThat(use.isUsed("menu.file.print")).isFalse();
        assertThat(use.isUsed("monotonicity.WOBBLY")).isFalse();
        assertThat(use.isUsed("training.preset.linearXor.footnote")).isFalse();
    }

    private static Path baseOf(Path translation) {
        return translation.resolveSibling(translation.getFileName().toString().replaceFirst("_[^.]+\\.properties$",
                ".properties"));
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** The file's entries, read as UTF-8 like {@link java.util.PropertyResourceBundle} does. */
    static Map<String, String> load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> entries = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> entries.put(k, p.getProperty(k)));
        return entries;
    }
}
