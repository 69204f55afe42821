package org.activationlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.Region;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Figures share the row's width evenly while each share is at least each one's least width, and
 * lie one under the other, as wide as the row, where it is not; the row's least height follows.
 */
@ExtendWith(ApplicationExtension.class)
class StackingRowTest {
    @ParameterizedTest(name = "{0} px wide: side by side {1}")
    @CsvSource({"500, true", "410, true", "409, false", "250, false"})
    void figuresLieSideBySideWhereAnEvenShareOfTheWidthHoldsEachOne(double width, boolean sideBySide) {
        Region first = region(200, 100);
        Region second = region(150, 120);
        StackingRow row = new StackingRow(first, second);
        row.spacingProperty().set(10);

        row.resize(width, row.minHeight(width) + 40);
        row.layout();

        assertThat(row.minWidth(-1)).isEqualTo(200);
        if (sideBySide) {
            assertThat(first.getWidth()).isEqualTo(second.getWidth()).isEqualTo((width - 10) / 2);
            assertThat(second.getLayoutX()).isEqualTo(first.getWidth() + 10);
            assertThat(row.minHeight(width)).isEqualTo(120);
            assertThat(first.getHeight()).isEqualTo(row.getHeight());
        } else {
            assertThat(first.getWidth()).isEqualTo(second.getWidth()).isEqualTo(width);
            assertThat(second.getLayoutY()).isGreaterThanOrEqualTo(first.getHeight() + 10);
            assertThat(row.minHeight(width)).isEqualTo(230);
            assertThat(first.getHeight()).isGreaterThanOrEqualTo(100);
            assertThat(second.getHeight()).isGreaterThanOrEqualTo(120);
        }
    }

    private static Region region(double minWidth, double minHeight) {
        Region r = new Region();
        r.setMinSize(minWidth, minHeight);
        return r;
    }
}
