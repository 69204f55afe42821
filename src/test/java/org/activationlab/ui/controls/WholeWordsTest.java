package org.activationlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The least width at which wrapped text keeps its words whole: its widest word in English, its
 * widest character in Chinese (any two ideographs may be broken apart), whatever the font.
 */
@ExtendWith(ApplicationExtension.class)
class WholeWordsTest {
    private static final Font FONT = Font.font(37.5);

    @Start
    void start(javafx.stage.Stage stage) {
        // the toolkit measures text; no window is needed
    }

    private static double width(String text) {
        Text t = new Text(text);
        t.setFont(FONT);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void englishTextNeedsItsWidestWordAHyphenatedOneWhole() {
        assertThat(WholeWords.widest("1. Why the activation must be non-linear", FONT))
                .isCloseTo(Math.ceil(Math.max(width("activation"), width("non-linear"))), within(0.01))
                .isLessThan(width("1. Why the activation"));
    }

    @Test
    void chineseTextBreaksBetweenAnyTwoCharactersSoItNeedsOnlyItsWidestCharacter() {
        String text = "为什么激活函数必须是非线性的";
        double widestCharacter = text.codePoints().mapToDouble(c -> width(Character.toString(c))).max().orElseThrow();

        assertThat(WholeWords.widest(text, FONT)).isCloseTo(Math.ceil(widestCharacter), within(0.01));
    }

    @Test
    void noTextNeedsNoWidth() {
        assertThat(WholeWords.widest(null, FONT)).isZero();
        assertThat(WholeWords.widest("  ", FONT)).isZero();
    }
}
