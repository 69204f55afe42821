package org.activationlab.ui.controls;

import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scilab.forge.jlatexmath.ParseException;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every formula of the catalogue typesets (JLaTeXMath parses it) and produces ink. */
class FormulaLatexTest {

    static List<Activation> catalogue() {
        return Catalogue.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void formulaAndDerivativeTypeset(Activation a) {
        for (String latex : List.of(a.info().formulaLatex(), a.info().derivativeLatex())) {
            BufferedImage image = TexImages.render(latex, 20, Color.BLACK);
            assertThat(image.getWidth()).as(latex).isGreaterThan(40);
            assertThat(image.getHeight()).as(latex).isGreaterThan(10);
            assertThat(inkedPixels(image)).as(latex).isGreaterThan(50);
        }
    }

    @Test
    void largerSizesMakeLargerImages() {
        BufferedImage small = TexImages.render("f(x) = x", 10, Color.BLACK);
        BufferedImage large = TexImages.render("f(x) = x", 40, Color.BLACK);
        assertThat(large.getWidth()).isGreaterThan(3 * small.getWidth());
    }

    @Test
    void brokenLatexIsReported() {
        assertThatThrownBy(() -> TexImages.render("\\undefinedcommand{x}", 20, Color.BLACK)).isInstanceOf(ParseException.class);
    }

    private static int inkedPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) > 128) {
                    count++;
                }
            }
        }
        return count;
    }
}
