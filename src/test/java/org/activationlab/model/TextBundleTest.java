package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Texts are looked up at each call in the current language, with no fallback to the system locale. */
class TextBundleTest {
    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a {0} b {1}       | x;y      | a x b y",
        "{1} before {0}    | x;y      | y before x",
        "{0} and {0}       | x        | x and x",
        "'{0}' costs $1    | \\$x{1}  | '\\$x{1}' costs $1",
        "no placeholders   | x        | no placeholders",
        "{2} is missing    | x        | {2} is missing",
    })
    void fillReplacesEachPlaceholderOnceAndLiterally(String pattern, String args, String expected) {
        assertThat(TextBundle.fill(pattern, (Object[]) args.split(";"))).isEqualTo(expected);
    }

    @Test
    void theCurrentLanguageIsReadAtEachCall() {
        Activation relu = Catalogue.get("leaky_relu");
        Locale.setDefault(Locale.ENGLISH);
        String english = relu.info().summary();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        String chinese = relu.info().summary();
        assertThat(english).startsWith("ReLU with a small slope");
        assertThat(chinese).contains("死亡");
        assertThat(relu.parameters().get(0).description()).isEqualTo("x < 0 时的斜率");
        assertThat(Domain.integers(1, 8).describe()).isEqualTo("从 1 到 8 的整数");
        assertThat(Monotonicity.NOT_MONOTONIC.describe()).isEqualTo("非单调");
        assertThat(Monotonicity.NOT_MONOTONIC.toString()).isEqualTo("not monotonic");
    }

    /** With the system in Chinese, an explicit English (root) lookup still gives English: no fallback. */
    @Test
    void rootLocaleIsEnglishWhateverTheDefault() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        Activation maxout = Catalogue.get("maxout");
        assertThat(maxout.info().displayName(Locale.ROOT)).isEqualTo("Maxout");
        assertThat(Catalogue.get("step").info().displayName(Locale.ROOT)).isEqualTo("Binary step");
        assertThat(maxout.parameters().get(1).description(Locale.ROOT)).isEqualTo("slope of piece 1");
        assertThat(Domain.POSITIVE.describe(Locale.ROOT)).isEqualTo("a finite number > 0");
        assertThat(maxout.parameters().get(1).description()).isEqualTo("第 1 段的斜率");
    }

    @ParameterizedTest
    @CsvSource({"fr_FR", "ja_JP", "en_GB", "de"})
    void languagesWithoutATranslationReadEnglish(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag.replace('_', '-')));
        assertThat(Catalogue.get("sigmoid").info().summary()).startsWith("Squashes R into (0, 1)");
    }

    @Test
    void errorsAreWrittenInTheLanguageCurrentWhenTheyAreThrown() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        UnknownActivationException unknown = new UnknownActivationException("sigmod", java.util.List.of("sigmoid"));
        assertThat(unknown.getMessage()).isEqualTo("未知的激活函数 'sigmod'；您是不是想输入 sigmoid？（activation-lab list 会列出全部函数）");
        Locale.setDefault(Locale.ENGLISH);
        assertThat(new UnknownActivationException("sigmod", java.util.List.of()).getMessage())
                .isEqualTo("unknown function 'sigmod' (activation-lab list shows all)");
    }
}
