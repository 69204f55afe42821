package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where figure text may break, and which font draws which run. */
class LineBreaksTest {
    private static final Font SANS = new Font("SansSerif", Font.PLAIN, 12);

    private static String joined(String paragraph) {
        return String.join("|", LineBreaks.pieces(paragraph).stream()
                .map(p -> (p.spaceBefore() ? "_" : "") + p.text()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Sigmoid, tanh.  x from -6 to 6 ; Sigmoid,|_tanh.|_x|_from|_-6|_to|_6",
        "激活函数 ; 激|活|函|数",
        "饱和区：0.01。; 饱|和|区：|0.01。",
        "（死亡 ReLU）的梯度 ; （死|亡|_ReLU）|的|梯|度",
        "ReLU 的导数 ; ReLU|_的|导|数",
    })
    void piecesBreakAtSpacesAndBetweenChineseCharacters(String paragraph, String expected) {
        assertThat(joined(paragraph.strip())).isEqualTo(expected.strip());
    }

    /** English text keeps the word breaks it always had: words split at runs of spaces. */
    @ParameterizedTest
    @ValueSource(strings = {"Sigmoid; tanh; ReLU. x from -6 to 6, 2001 points.", "  leading and  double  spaces ",
        "one"})
    void englishPiecesAreTheWordsBetweenSpaces(String paragraph) {
        List<String> words = List.of(paragraph.strip().split(" +"));
        assertThat(LineBreaks.pieces(paragraph).stream().map(LineBreaks.Piece::text).toList()).isEqualTo(words);
        assertThat(LineBreaks.pieces(paragraph).stream().skip(1).allMatch(LineBreaks.Piece::spaceBefore)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Training history", "|f'(x)| < 0.01", "Leaky ReLU (slope = 0.1)", "x"})
    void textTheThemeFontShowsIsOneRunInThatFont(String text) {
        assertThat(FontRuns.of(text, SANS)).containsExactly(new FontRuns.Run(text, SANS));
    }

    /**
     * Whatever fonts the machine has, every run is in a font that shows all of it, at the theme
     * font's size, and the runs put back together are the text. Where the theme font shows
     * Chinese (a system CJK font such as Droid Sans Fallback gives the logical fonts a CJK
     * fallback), the text stays one run in the theme font; where it does not, Latin runs keep the
     * theme font and Chinese runs take the bundled font. CI runs this both with and without a
     * system CJK font.
     */
    @ParameterizedTest
    @CsvSource({"ReLU 的导数, ReLU |的导数", "激活函数 f(x), 激活函数 |f(x)", "饱和区 saturation 区, 饱和区 |saturation |区"})
    void everyRunIsInAFontThatShowsItAndChineseFallsBackToTheBundledFont(String text, String runsWithoutSystemCjk) {
        List<FontRuns.Run> runs = FontRuns.of(text, SANS);
        boolean themeShowsChinese = SANS.canDisplayUpTo(text) == -1;
        assertThat(String.join("|", runs.stream().map(FontRuns.Run::text).toList()))
                .isEqualTo(themeShowsChinese ? text : runsWithoutSystemCjk);
        for (FontRuns.Run run : runs) {
            assertThat(run.font().canDisplayUpTo(run.text())).as("first glyph %s lacks", run.text()).isEqualTo(-1);
            assertThat(run.font().getSize2D()).isEqualTo(SANS.getSize2D());
            boolean chinese = run.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            assertThat(run.font().getFamily(java.util.Locale.ROOT)).as(run.text())
                    .isEqualTo(chinese && !themeShowsChinese ? BundledFont.FAMILY : SANS.getFamily(java.util.Locale.ROOT));
        }
    }
}
