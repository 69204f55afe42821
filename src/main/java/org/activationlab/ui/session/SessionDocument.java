package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A session file's content once its envelope was checked: the format version it was written in,
 * the version of the app that wrote it, and the saved parts by id.
 *
 * @param version the session format version, 1 to {@link SessionFile#VERSION}
 * @param app the version of the app that wrote it, e.g. {@code 0.1.0}
 * @param parts the JSON of each part, in file order
 */
public record SessionDocument(int version, String app, Map<String, JsonNode> parts) {
    public SessionDocument {
        Objects.requireNonNull(app, "app");
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }
}
