package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 §1: silu is listed under its PyTorch name and swish keeps its beta; the list tells the
 * two apart by name and each one's summary names the other, in both languages.
 */
class SiluSwishNamesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh"})
    void siluAndSwishHaveTheirOwnNamesAndPointToEachOther(String language) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(ModelTexts.get(locale, "activation.silu.displayName")).isEqualTo("SiLU");
        assertThat(ModelTexts.get(locale, "activation.swish.displayName")).isEqualTo("Swish");
        assertThat(ModelTexts.get(locale, "activation.swish.summary")).contains("beta = 1").contains("SiLU")
                .contains("silu");
        assertThat(ModelTexts.get(locale, "activation.silu.summary")).contains("beta = 1").contains("Swish");
    }
}
