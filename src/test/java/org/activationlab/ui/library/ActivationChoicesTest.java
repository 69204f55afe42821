package org.activationlab.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The function lists' one source: the catalogue, then the library's formulas marked as the user's, following the library. */
class ActivationChoicesTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryFormulasFollowTheCatalogueMarkedAsYoursAndFollowTheLibrary() {
        FunctionLibrary library = new FunctionLibrary(dir.resolve("functions.json"));
        library.add(LibraryEntry.of("Mish", "", "x * tanh(softplus(x))", Map.of()));
        ActivationChoices choices = ActivationChoices.catalogue(library);
        int catalogue = Catalogue.names().size();

        assertThat(choices.list()).hasSize(catalogue + 1);
        assertThat(choices.list().subList(0, catalogue)).noneMatch(ActivationChoice::yours)
                .extracting(c -> c.spec().name()).containsExactlyElementsOf(Catalogue.names());
        assertThat(choices.list().get(catalogue)).isEqualTo(new ActivationChoice(
                ActivationSpec.formula("x * tanh(softplus(x))", Map.of()), "Mish", true));

        library.add(LibraryEntry.of("Square", "", "x^2", Map.of()));
        library.remove("Mish");

        assertThat(choices.list()).hasSize(catalogue + 1).last().extracting(ActivationChoice::label).isEqualTo("Square");
    }

    @Test
    void aChoiceNamesItsFunctionWhateverTheParameters() {
        ActivationChoice leaky = ActivationChoice.of(ActivationSpec.of("leaky_relu"));
        ActivationChoice scaled = ActivationChoice.of(LibraryEntry.of("s", "", "a*x", Map.of("a", 1.0)));

        assertThat(leaky.names(ActivationSpec.of("leaky_relu", Map.of("slope", 0.2)))).isTrue();
        assertThat(leaky.names(ActivationSpec.of("relu"))).isFalse();
        assertThat(scaled.names(ActivationSpec.formula("a*x", Map.of("a", 3.0)))).isTrue();
        assertThat(scaled.names(ActivationSpec.formula("a*x + 0", Map.of("a", 1.0)))).isFalse();
        assertThat(ActivationChoice.of(ActivationSpec.formula("x", Map.of())).names(ActivationSpec.of("identity")))
                .isFalse();
    }
}
