package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The app's style sheets (the base and each theme) parse cleanly: a lost brace silently drops every rule after it. */
class StyleSheetTest {

    @ParameterizedTest
    @ValueSource(strings = {"app.css", "dark.css", "high-contrast.css"})
    void theStyleSheetParsesWithoutErrors(String name) throws IOException {
        URL css = getClass().getResource("/org/activationlab/ui/" + name);
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();
        new CssParser().parse(css);
        assertThat(CssParser.errorsProperty()).isEmpty();
    }
}
