package org.activationlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** The app's style sheet parses cleanly: a lost brace silently drops every rule after it. */
class StyleSheetTest {

    @Test
    void theStyleSheetParsesWithoutErrors() throws IOException {
        URL css = getClass().getResource("/org/activationlab/ui/app.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();
        new CssParser().parse(css);
        assertThat(CssParser.errorsProperty()).isEmpty();
    }
}
