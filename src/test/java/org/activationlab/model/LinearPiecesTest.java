package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearPiecesTest {

    @Test
    void defaultMaxoutIsRelusTwoPieces() {
        LinearPieces pieces = Catalogue.get("maxout").linearPieces().orElseThrow();
        assertThat(pieces.count()).isEqualTo(2);
        assertThat(pieces.slope(0)).isEqualTo(1);
        assertThat(pieces.intercept(0)).isZero();
        assertThat(pieces.slope(1)).isZero();
        assertThat(pieces.winner(-2)).isEqualTo(1);
        assertThat(pieces.winner(2)).isEqualTo(0);
    }

    @Test
    void piecesFollowTheParametersAndTheEnvelopeIsTheirMaximum() {
        Activation abs = Catalogue.create("maxout", Map.of("k", 3.0, "w1", -1.0, "w2", 1.0, "w3", 0.0, "b3", -1.0));
        LinearPieces pieces = abs.linearPieces().orElseThrow();
        assertThat(pieces.count()).isEqualTo(3);
        for (double x = -3; x <= 3; x += 0.25) {
            int w = pieces.winner(x);
            assertThat(pieces.value(w, x)).isEqualTo(abs.value(x));
        }
        assertThat(pieces.winner(-1)).isZero();
        assertThat(pieces.winner(1)).isEqualTo(1);
    }

    @Test
    void otherFunctionsHaveNoPieces() {
        for (Activation a : Catalogue.all()) {
            assertThat(a.linearPieces().isPresent()).as(a.name()).isEqualTo(a.name().equals("maxout"));
        }
    }
}
