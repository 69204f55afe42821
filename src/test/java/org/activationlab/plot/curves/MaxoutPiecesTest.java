package org.activationlab.plot.curves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.junit.jupiter.api.Test;

class MaxoutPiecesTest {

    @Test
    void defaultMaxoutIsRelusTwoPieces() {
        MaxoutPieces pieces = MaxoutPieces.of(Catalogue.get("maxout")).orElseThrow();
        assertThat(pieces.count()).isEqualTo(2);
        assertThat(pieces.weight(0)).isEqualTo(1);
        assertThat(pieces.bias(0)).isZero();
        assertThat(pieces.weight(1)).isZero();
        assertThat(pieces.winner(-2)).isEqualTo(1);
        assertThat(pieces.winner(2)).isEqualTo(0);
    }

    @Test
    void piecesFollowTheParametersAndTheEnvelopeIsTheirMaximum() {
        Activation abs = Catalogue.create("maxout", Map.of("k", 3.0, "w1", -1.0, "w2", 1.0, "w3", 0.0, "b3", -1.0));
        MaxoutPieces pieces = MaxoutPieces.of(abs).orElseThrow();
        assertThat(pieces.count()).isEqualTo(3);
        for (double x = -3; x <= 3; x += 0.25) {
            int w = pieces.winner(x);
            assertThat(pieces.piece(w, x)).isEqualTo(abs.value(x));
        }
        assertThat(pieces.winner(-1)).isZero();
        assertThat(pieces.winner(1)).isEqualTo(1);
    }

    @Test
    void otherFunctionsHaveNoPieces() {
        assertThat(MaxoutPieces.of(Catalogue.get("relu"))).isEmpty();
    }
}
