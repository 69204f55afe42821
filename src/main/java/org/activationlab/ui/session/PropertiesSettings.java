package org.activationlab.ui.session;

import java.util.Objects;
import java.util.Optional;
import org.activationlab.model.Catalogue;

/**
 * What a session keeps of the Properties tab.
 *
 * @param filter the search text (empty shows every function)
 * @param selected the catalogue name of the selected row, if any
 */
public record PropertiesSettings(String filter, Optional<String> selected) {
    public PropertiesSettings {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(selected, "selected");
        selected.ifPresent(name -> {
            if (!Catalogue.contains(name)) {
                throw new IllegalArgumentException("unknown activation \"" + name + "\" selected; known: "
                        + String.join(", ", Catalogue.names()));
            }
        });
    }
}
