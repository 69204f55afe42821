package org.activationlab.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.activationlab.model.Gate;
import org.activationlab.ui.curves.gated.GatedState;
import org.activationlab.ui.curves.gated.GatedViewModel;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;
import org.activationlab.ui.json.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The "gated" session part: the Curves tab's two-input view. */
class GatedJsonTest {

    private static GatedState read(String json) throws JsonFormatException {
        return GatedJson.read(FieldReader.of(JsonText.parse(json), "/parts/gated"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Gate.class)
    void everyStateRoundTrips(Gate unit) throws JsonFormatException {
        GatedState s = new GatedState(unit, -2.5, 7, -10, 0.5, unit.ordinal() % 2 == 0);
        JsonNode written = GatedJson.write(s);
        assertThat(written.get("unit").asText()).isEqualTo(unit.unitName());
        assertThat(read(written.toString())).isEqualTo(s);
    }

    @Test
    void showingIsOptionalAndFalseWhenAbsent() throws JsonFormatException {
        assertThat(read("{\"unit\": \"glu\", \"aMin\": -1, \"aMax\": 1, \"bMin\": -2, \"bMax\": 2}"))
                .isEqualTo(new GatedState(Gate.GLU, -1, 1, -2, 2, false));
    }

    @Test
    void aBadValueIsNamedByItsPointer() {
        assertThatThrownBy(() -> read("{\"unit\": \"swish\", \"aMin\": -1, \"aMax\": 1, \"bMin\": -2, \"bMax\": 2}"))
                .hasMessageStartingWith("/parts/gated/unit").hasMessageContaining("glu, reglu, geglu, swiglu");
        assertThatThrownBy(() -> read("{\"unit\": \"glu\", \"aMin\": 1, \"aMax\": 1, \"bMin\": -2, \"bMax\": 2}"))
                .hasMessageStartingWith("/parts/gated").hasMessageContaining("the range of a");
        assertThatThrownBy(() -> read("{\"unit\": \"glu\", \"aMax\": 1, \"bMin\": -2, \"bMax\": 2}"))
                .hasMessageContaining("/parts/gated/aMin");
    }

    @Test
    void thePartSavesAndRestoresTheViewModel() throws JsonFormatException {
        GatedViewModel saved = new GatedViewModel(Runnable::run, Runnable::run);
        saved.setUnit(Gate.REGLU);
        saved.setBMax(2);
        saved.setShowing(true);
        SessionParts parts = new SessionParts();
        parts.register(ViewParts.gated(saved));
        ObjectNode file = parts.save();

        GatedViewModel opened = new GatedViewModel(Runnable::run, Runnable::run);
        SessionParts into = new SessionParts();
        into.register(ViewParts.gated(opened));
        java.util.Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
        file.fields().forEachRemaining(e -> byId.put(e.getKey(), e.getValue()));
        into.prepare(new SessionDocument(1, "test", byId)).apply();
        assertThat(opened.getState()).isEqualTo(saved.getState());
        assertThat(opened.getBuilt().state()).isEqualTo(saved.getState());
        saved.dispose();
        opened.dispose();
    }
}
