package org.activationlab.ui;

import java.nio.file.Path;
import java.util.Locale;
import org.activationlab.ui.prefs.UserPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The two languages, the remembered choice, and the bundle lookup that follows the current locale. */
class LanguageTest {
    private final Locale original = Locale.getDefault();
    @TempDir
    Path folder;
    private UserPreferences node;

    @BeforeEach
    void freshNode() {
        node = new UserPreferences(folder.resolve("preferences.json"));
    }

    /** The setting as the next run reads it from the preferences file. */
    private LanguageSetting settingOfANewRun() {
        return new LanguageSetting(new UserPreferences(folder.resolve("preferences.json")));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(original);
    }

    @ParameterizedTest
    @CsvSource({"zh, CN, ZH", "zh, TW, ZH", "zh, '', ZH", "en, US, EN", "en, GB, EN", "de, DE, EN", "ja, JP, EN"})
    void theLanguageOfALocale(String language, String country, Language expected) {
        assertThat(Language.of(new Locale.Builder().setLanguage(language).setRegion(country).build())).isEqualTo(expected);
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertThat(Language.EN.nativeName()).isEqualTo("English");
        assertThat(Language.ZH.nativeName()).isEqualTo("简体中文");
        assertThat(Language.ZH.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void withoutAChoiceTheSystemLocaleDecides() {
        LanguageSetting setting = new LanguageSetting(node);
        assertThat(setting.chosen()).isEmpty();
        assertThat(setting.initial(Locale.CHINA)).isEqualTo(Language.ZH);
        assertThat(setting.initial(Locale.US)).isEqualTo(Language.EN);
    }

    @Test
    void theChoiceOutlivesTheSettingAndBeatsTheSystemLocale() {
        new LanguageSetting(node).remember(Language.ZH);
        LanguageSetting nextRun = settingOfANewRun();
        assertThat(nextRun.initial(Locale.US)).isEqualTo(Language.ZH);
        nextRun.remember(Language.EN);
        assertThat(settingOfANewRun().initial(Locale.CHINA)).isEqualTo(Language.EN);
    }

    @Test
    void aStoredValueThatNamesNoLanguageIsIgnored() {
        node.putString(LanguageSetting.KEY, "klingon");
        assertThat(new LanguageSetting(node).initial(Locale.CHINA)).isEqualTo(Language.ZH);
    }

    @ParameterizedTest
    @CsvSource({"EN, en, GB, en, GB", "EN, zh, CN, en, ''", "ZH, zh, TW, zh, TW", "ZH, en, US, zh, CN", "ZH, de, DE, zh, CN"})
    void makeCurrentKeepsTheSystemLocaleWhenItSpeaksTheLanguage(Language language, String systemLanguage,
                                                                String systemRegion, String expectedLanguage,
                                                                String expectedRegion) {
        Locale system = new Locale.Builder().setLanguage(systemLanguage).setRegion(systemRegion).build();
        language.makeCurrent(system);
        assertThat(Locale.getDefault()).isEqualTo(
                new Locale.Builder().setLanguage(expectedLanguage).setRegion(expectedRegion).build());
        assertThat(Language.current()).isEqualTo(language);
    }

    @Test
    void messagesFollowTheCurrentLocaleAtEachCall() {
        Locale.setDefault(Locale.ENGLISH);
        assertThat(Messages.get(TextKeys.TAB_CURVES)).isEqualTo("Curves");
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.get(TextKeys.TAB_CURVES)).isEqualTo("曲线");
        assertThat(Messages.format(TextKeys.STATUS_ANALYSED, "23")).isEqualTo("已计算 23 个函数的性质。");
        Locale.setDefault(Locale.US);
        assertThat(Messages.get(TextKeys.TAB_CURVES)).isEqualTo("Curves");
    }

    @Test
    void englishOnAChineseSystemIsTheBaseBundleNotTheSystemsLanguage() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.bundle(Locale.ENGLISH).getString(TextKeys.TAB_CURVES)).isEqualTo("Curves");
        assertThat(Messages.bundle(Locale.GERMAN).getString(TextKeys.TAB_CURVES)).isEqualTo("Curves");
    }
}
