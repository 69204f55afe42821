package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object of a session file, refusing a missing field or a value of
 * the wrong type with a message that names where it is (e.g. {@code training.learningRate}),
 * what was found and what is expected.
 */
public final class JsonFields {
    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * The fields of {@code node}, which must be a JSON object.
     *
     * @param path where {@code node} is, for messages, e.g. {@code curves}
     */
    public static JsonFields of(JsonNode node, String path) throws SessionFormatException {
        if (node == null || !node.isObject()) {
            throw new SessionFormatException(path + ": expected a JSON object, got " + describe(node));
        }
        return new JsonFields(node, path);
    }

    /** Whether the field is present (and not null). */
    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** The names of the fields, in file order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A refusal of field {@code name}: {@code path.name: problem}. */
    public SessionFormatException invalid(String name, String problem) {
        return new SessionFormatException(path + "." + name + ": " + problem);
    }

    /** A refusal of this whole object: {@code path: problem}. */
    public SessionFormatException invalid(String problem) {
        return new SessionFormatException(path + ": " + problem);
    }

    /** The object in field {@code name}. */
    public JsonFields object(String name) throws SessionFormatException {
        return of(require(name), path + "." + name);
    }

    /** The objects of the array in field {@code name}. */
    public List<JsonFields> objects(String name) throws SessionFormatException {
        JsonNode array = require(name);
        if (!array.isArray()) {
            throw invalid(name, "expected a JSON array, got " + describe(array));
        }
        List<JsonFields> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            list.add(of(array.get(i), path + "." + name + "[" + i + "]"));
        }
        return list;
    }

    /** A finite number. */
    public double number(String name) throws SessionFormatException {
        JsonNode value = require(name);
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw invalid(name, "expected a finite number, got " + describe(value));
        }
        return value.doubleValue();
    }

    /** A whole number that fits an {@code int}. */
    public int integer(String name) throws SessionFormatException {
        JsonNode value = require(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(name, "expected a whole number, got " + describe(value));
        }
        return value.intValue();
    }

    /** A whole number that fits a {@code long}. */
    public long longInteger(String name) throws SessionFormatException {
        JsonNode value = require(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(name, "expected a whole number, got " + describe(value));
        }
        return value.longValue();
    }

    /** {@code true} or {@code false}. */
    public boolean bool(String name) throws SessionFormatException {
        JsonNode value = require(name);
        if (!value.isBoolean()) {
            throw invalid(name, "expected true or false, got " + describe(value));
        }
        return value.booleanValue();
    }

    /** A string. */
    public String text(String name) throws SessionFormatException {
        JsonNode value = require(name);
        if (!value.isTextual()) {
            throw invalid(name, "expected a string, got " + describe(value));
        }
        return value.textValue();
    }

    /**
     * The string in field {@code name} turned into a value by {@code parse}, whose
     * {@link IllegalArgumentException} message (naming what is allowed) becomes the refusal.
     */
    public <T> T parsed(String name, Function<String, T> parse) throws SessionFormatException {
        String text = text(name);
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw invalid(name, e.getMessage());
        }
    }

    /** The constant of {@code type} whose lower-case name is the string in field {@code name}. */
    public <E extends Enum<E>> E constant(String name, Class<E> type) throws SessionFormatException {
        String text = text(name);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        throw invalid(name, "unknown value \"" + text + "\"; allowed: " + String.join(", ", allowed));
    }

    /** The numbers of the object in field {@code name}, in file order. */
    public Map<String, Double> numbers(String name) throws SessionFormatException {
        JsonFields object = object(name);
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        for (String key : object.names()) {
            values.put(key, object.number(key));
        }
        return values;
    }

    /** The raw value of field {@code name}. */
    public JsonNode raw(String name) throws SessionFormatException {
        return require(name);
    }

    private JsonNode require(String name) throws SessionFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw invalid(name, "missing");
        }
        return value;
    }

    /** A short description of a JSON value for messages, e.g. {@code the string "abc"}. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            String text = value.textValue();
            return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "\u2026" : text) + "\"";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.toString();
    }

    /**
     * The value {@code construction} builds from these fields; an {@link IllegalArgumentException}
     * from a validating constructor (whose message names the value and what is allowed) becomes a
     * refusal of this object.
     */
    public <T> T validated(Construction<T> construction) throws SessionFormatException {
        try {
            return construction.build();
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    /** Builds a value from fields, refusing with {@link SessionFormatException} or {@link IllegalArgumentException}. */
    @FunctionalInterface
    public interface Construction<T> {
        T build() throws SessionFormatException;
    }
}
