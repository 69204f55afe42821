package org.activationlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.activationlab.json.Jackson;

/** Pretty-printed JSON output for the commands' {@code --json} options, through the app's one {@link Jackson} mapper. */
final class Json {
    private Json() {
    }

    /** Writes {@code value} (records, lists, maps, numbers) as JSON followed by a newline. */
    static void print(PrintWriter out, Object value) {
        try {
            out.println(Jackson.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code v}, or null (JSON has no infinities) when it is infinite. */
    static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
