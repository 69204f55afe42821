package org.activationlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.activationlab.ui.controls.FormulaEditorModel.ParameterRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The formula editor's rules without its controls: parsing as one types, the parameter rule, the last good formula. */
class FormulaEditorModelTest {
    private final Locale saved = Locale.getDefault();
    private final FormulaEditorModel model = new FormulaEditorModel();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private static List<String> names(List<ParameterRow> rows) {
        return rows.stream().map(ParameterRow::name).toList();
    }

    @Test
    void aNewNameIsDeclaredWithDefaultOneAndTheFormulasOwnSliderRange() {
        model.setText("x * tanh(a * x) + b");

        assertThat(model.getRows()).containsExactly(new ParameterRow("a", 1, new SliderRange(-1, 3)),
                new ParameterRow("b", 1, new SliderRange(-1, 3)));
        assertThat(model.getError()).isEmpty();
        assertThat(model.getDefinition().name()).isEqualTo("x * tanh(a * x) + b");
        assertThat(model.getDefinition().defaults()).isEqualTo(Map.of("a", 1.0, "b", 1.0));
        assertThat(model.getDefinition().spec().resolve().value(2)).isEqualTo(2 * Math.tanh(2) + 1);
    }

    @Test
    void xPiEAndFunctionsAreNotParameters() {
        model.setText("pi * e * sigmoid(x)");

        assertThat(model.getRows()).isEmpty();
        assertThat(model.getDefinition().spec().parameters()).isEmpty();
    }

    @Test
    void aTextThatDoesNotParseKeepsTheLastGoodFormulaAndSaysWhereAndWhatWasExpected() {
        model.setText("x * a");
        FormulaDefinition good = model.getDefinition();

        model.setText("x * a *");

        assertThat(model.getDefinition()).isSameAs(good);
        assertThat(model.getError()).contains("'x * a *'").contains("position 8").contains("expected a number");

        model.setText("x * a * 2");
        assertThat(model.getError()).isEmpty();
        assertThat(model.getDefinition().name()).isEqualTo("x * a * 2");
    }

    @Test
    void theErrorIsInTheCurrentLanguage() {
        Locale.setDefault(Locale.CHINESE);
        model.setText("x *");

        assertThat(model.getError()).contains("x *").doesNotContain("expected");
    }

    @Test
    void aBlankTextIsNoErrorAndNoFormula() {
        model.setText("   ");

        assertThat(model.getError()).isEmpty();
        assertThat(model.getDefinition()).isNull();
    }

    @Test
    void aNameTypedAgainComesBackWithItsDefaultAndRange() {
        model.setText("a * x");
        model.setDefault("a", 0.25);
        model.setRange("a", 0, 0.5);

        model.setText("x");
        assertThat(model.getRows()).isEmpty();
        model.setText("a * x + c");

        assertThat(model.getRows()).containsExactly(new ParameterRow("a", 0.25, new SliderRange(0, 0.5)),
                new ParameterRow("c", 1, new SliderRange(-1, 3)));
        assertThat(model.getDefinition().defaults()).containsEntry("a", 0.25);
        assertThat(model.getDefinition().ranges()).containsEntry("a", new SliderRange(0, 0.5));
    }

    @Test
    void aDefaultOutsideItsRangeMovesTheRangeAroundIt() {
        model.setText("a * x");
        model.setDefault("a", 10);

        assertThat(model.getRows()).containsExactly(new ParameterRow("a", 10, new SliderRange(-10, 30)));
    }

    @Test
    void aBadRangeOrDefaultIsRefusedWithAMessageAndChangesNothing() {
        model.setText("a * x");
        FormulaDefinition before = model.getDefinition();

        assertThatThrownBy(() -> model.setRange("a", 2, 1)).hasMessageContaining("from 2 to 1");
        assertThatThrownBy(() -> model.setDefault("a", Double.NaN)).hasMessageContaining("NaN");
        assertThat(model.getDefinition()).isSameAs(before);
        assertThat(model.getRows()).containsExactly(new ParameterRow("a", 1, new SliderRange(-1, 3)));
    }

    @Test
    void aFormulaTheOwnerRefusesShowsItsReasonAndKeepsTheLastOne() {
        FormulaEditorModel owned = new FormulaEditorModel(
                d -> d.name().equals("x * 2") ? Optional.of("taken") : Optional.empty());
        owned.setText("x * 3");
        owned.setText("x * 2");

        assertThat(owned.getError()).isEqualTo("taken");
        assertThat(owned.getDefinition().name()).isEqualTo("x * 3");
    }

    @Test
    void loadingAFormulaShowsItsTextDefaultsAndRanges() {
        FormulaDefinition existing = FormulaDefinition.of("k * relu(x)", Map.of("k", 2.0), Map.of("k", new SliderRange(0, 4)));

        model.load(existing);

        assertThat(model.getText()).isEqualTo("k * relu(x)");
        assertThat(model.getRows()).containsExactly(new ParameterRow("k", 2, new SliderRange(0, 4)));
        assertThat(model.getDefinition()).isEqualTo(existing);
        assertThat(names(model.getRows())).containsExactly("k");
    }
}
