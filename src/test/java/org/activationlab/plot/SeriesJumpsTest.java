package org.activationlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.activationlab.model.Jump;
import org.junit.jupiter.api.Test;

class SeriesJumpsTest {
    private static final LineStyle STYLE = LineStyle.solid(Ink.series(0), 2);

    private static Series series(double[] xs, double[] ys) {
        return new Series("s", Text.plain("s"), xs, ys, STYLE);
    }

    @Test
    void theSampleAtTheJumpGivesWayToBothLimitsAndABreak() {
        Series s = series(new double[] {-1, 0, 1}, new double[] {0, 0, 1}).withJumps(List.of(new Jump(0, 0, 1, 0)));
        double[][] cut = ItemPainter.cutAtJumps(s);
        assertThat(cut[0]).containsExactly(-1, 0, 0, 0, 1);
        assertThat(cut[1]).containsExactly(0, 0, Double.NaN, 1, 1);
    }

    @Test
    void aJumpBetweenSamplesCutsTheSegmentThatCrossesIt() {
        Series s = series(new double[] {-1, 1, 2}, new double[] {0, 1, 1}).withJumps(List.of(new Jump(0.5, 0, 1, 1)));
        double[][] cut = ItemPainter.cutAtJumps(s);
        assertThat(cut[0]).containsExactly(-1, 0.5, 0.5, 0.5, 1, 2);
        assertThat(cut[1]).containsExactly(0, 0, Double.NaN, 1, 1, 1);
    }

    @Test
    void jumpsThatDoNotJumpOrLieOutsideTheRangeAreLeftOutInOrder() {
        Series s = series(new double[] {0, 1, 2, 3}, new double[] {0, 1, 2, 3}).withJumps(List.of(
                new Jump(2, 0, 1, 0), new Jump(1, 0, 1, 0), new Jump(1.5, 2, 2, 2), new Jump(0, 0, 1, 0),
                new Jump(5, 0, 1, 0)));
        assertThat(s.jumps()).extracting(Jump::x).containsExactly(1.0, 2.0);
        assertThat(series(new double[] {0, 1}, new double[] {0, 1}).jumps()).isEmpty();
    }

    @Test
    void jumpsNeedIncreasingX() {
        Series unordered = series(new double[] {0, 2, 1, 3}, new double[] {0, 0, 0, 0});
        assertThatThrownBy(() -> unordered.withJumps(List.of(new Jump(0.5, 0, 1, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-decreasing");
        assertThat(unordered.withJumps(List.of()).jumps()).isEmpty();
    }
}
