package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.activationlab.ui.json.FieldReader;
import org.activationlab.ui.json.JsonFormatException;

/**
 * A {@link SessionPart} made of a plain state value and its JSON codec: {@code current} reads
 * the state from the app, {@code writer} and {@code reader} convert it, {@code apply} puts a
 * read state back.
 *
 * @param <T> the state's type, an immutable value
 */
public final class StatePart<T> implements SessionPart {

    /** Reads a state from a part's JSON object, validating every value. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(FieldReader fields) throws JsonFormatException;
    }

    private final String id;
    private final Supplier<T> current;
    private final Function<T, JsonNode> writer;
    private final Reader<T> reader;
    private final Consumer<T> apply;

    public StatePart(String id, Supplier<T> current, Function<T, JsonNode> writer, Reader<T> reader,
                     Consumer<T> apply) {
        this.id = Objects.requireNonNull(id, "id");
        this.current = Objects.requireNonNull(current, "current");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public JsonNode save() {
        return writer.apply(current.get());
    }

    @Override
    public Restore prepare(FieldReader saved) throws JsonFormatException {
        T state = reader.read(saved);
        return () -> apply.accept(state);
    }
}
