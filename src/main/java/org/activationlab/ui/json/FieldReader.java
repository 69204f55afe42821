package org.activationlab.ui.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.activationlab.ui.Messages;

/**
 * Reads the fields of one JSON object of a file the app keeps (a session, a lesson), the one
 * way every such file is read. A value of the wrong kind or a missing field is refused with a
 * {@link JsonFormatException} naming its JSON pointer (e.g. {@code /parts/training/points}),
 * the value found and what is allowed, in the user's language.
 *
 * <p>The rule for every file type (documented in {@code docs/session-format.md} and
 * {@code docs/lessons.md}): a field whose value is {@code null} is treated exactly as a field
 * that is absent (an optional field takes its default, a required one is missing), and a field
 * this version does not know is ignored, so that a file written by a newer version of the same
 * format still opens; {@link #ignored()} names such fields so that the user can be told.
 */
public final class FieldReader {
    private final JsonNode node;
    private final JsonPointer pointer;
    /** The names asked for, and the readers of nested objects, to find the fields nobody read. */
    private final Set<String> asked = new HashSet<>();
    private final List<FieldReader> children = new ArrayList<>();

    private FieldReader(JsonNode node, JsonPointer pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    /**
     * The fields of {@code node}, which must be a JSON object.
     *
     * @param pointer where {@code node} is in its file, e.g. {@code /parts/curves}
     */
    public static FieldReader of(JsonNode node, String pointer) throws JsonFormatException {
        return of(node, JsonPointer.compile(pointer));
    }

    private static FieldReader of(JsonNode node, JsonPointer pointer) throws JsonFormatException {
        if (node == null || !node.isObject()) {
            throw new JsonFormatException(pointer.toString(), Messages.format(JsonKeys.EXPECTED_OBJECT, describe(node)),
                    null);
        }
        return new FieldReader(node, pointer);
    }

    /** Where this object is, as a JSON pointer. */
    public String pointer() {
        return pointer.toString();
    }

    /** The pointer of field {@code name}. */
    public String pointer(String name) {
        return pointer.appendProperty(name).toString();
    }

    /** Whether field {@code name} is present and not null. */
    public boolean has(String name) {
        asked.add(name);
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** The names of the fields, in file order (each counts as read). */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        asked.addAll(names);
        return names;
    }

    /** A refusal of field {@code name}. */
    public JsonFormatException invalid(String name, String problem) {
        return new JsonFormatException(pointer(name), problem, null);
    }

    /** A refusal of this whole object. */
    public JsonFormatException invalid(String problem) {
        return new JsonFormatException(pointer(), problem, null);
    }

    /** The object in field {@code name}. */
    public FieldReader object(String name) throws JsonFormatException {
        FieldReader child = of(require(name), pointer.appendProperty(name));
        children.add(child);
        return child;
    }

    /** The elements of the list in field {@code name}; {@code nonEmpty} refuses an empty list. */
    public List<JsonNode> list(String name, boolean nonEmpty) throws JsonFormatException {
        JsonNode array = require(name);
        if (!array.isArray()) {
            throw invalid(name, Messages.format(JsonKeys.EXPECTED_LIST, describe(array)));
        }
        if (nonEmpty && array.isEmpty()) {
            throw invalid(name, Messages.get(JsonKeys.EMPTY));
        }
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    /** The pointer of element {@code index} of the list in field {@code name}. */
    public String pointer(String name, int index) {
        return pointer.appendProperty(name).appendIndex(index).toString();
    }

    /** The objects of the list in field {@code name}. */
    public List<FieldReader> objects(String name) throws JsonFormatException {
        List<JsonNode> elements = list(name, false);
        List<FieldReader> objects = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            FieldReader child = of(elements.get(i), pointer.appendProperty(name).appendIndex(i));
            children.add(child);
            objects.add(child);
        }
        return objects;
    }

    /** The object that is element {@code index} of the list in field {@code name}. */
    public FieldReader element(String name, int index, JsonNode element) throws JsonFormatException {
        FieldReader child = of(element, pointer.appendProperty(name).appendIndex(index));
        children.add(child);
        return child;
    }

    /** A finite number. */
    public double number(String name) throws JsonFormatException {
        return number(require(name), pointer(name));
    }

    /** A finite number, or {@code otherwise} when absent. */
    public double number(String name, double otherwise) throws JsonFormatException {
        return has(name) ? number(name) : otherwise;
    }

    /** {@code value} as a finite number, refused at {@code where} otherwise. */
    public static double number(JsonNode value, String where) throws JsonFormatException {
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new JsonFormatException(where, Messages.format(JsonKeys.EXPECTED_NUMBER, describe(value)), null);
        }
        return value.doubleValue();
    }

    /** A whole number that fits an {@code int}; the message of a larger one names that range. */
    public int integer(String name) throws JsonFormatException {
        return (int) whole(name, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A whole number that fits an {@code int}, or {@code otherwise} when absent. */
    public int integer(String name, int otherwise) throws JsonFormatException {
        return has(name) ? integer(name) : otherwise;
    }

    /** The whole numbers, each fitting an {@code int}, of the list in field {@code name}. */
    public List<Integer> integers(String name) throws JsonFormatException {
        List<JsonNode> elements = list(name, false);
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode value = elements.get(i);
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new JsonFormatException(pointer(name, i), Messages.format(JsonKeys.EXPECTED_WHOLE,
                        Integer.toString(Integer.MIN_VALUE), Integer.toString(Integer.MAX_VALUE), describe(value)), null);
            }
            values.add(value.intValue());
        }
        return values;
    }

    /** A whole number that fits a {@code long}. */
    public long longInteger(String name) throws JsonFormatException {
        return whole(name, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private long whole(String name, long min, long max) throws JsonFormatException {
        JsonNode value = require(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            throw invalid(name, Messages.format(JsonKeys.EXPECTED_WHOLE, Long.toString(min), Long.toString(max),
                    describe(value)));
        }
        return value.longValue();
    }

    /** {@code true} or {@code false}. */
    public boolean bool(String name) throws JsonFormatException {
        JsonNode value = require(name);
        if (!value.isBoolean()) {
            throw invalid(name, Messages.format(JsonKeys.EXPECTED_BOOLEAN, describe(value)));
        }
        return value.booleanValue();
    }

    /** {@code true} or {@code false}, or {@code otherwise} when absent. */
    public boolean bool(String name, boolean otherwise) throws JsonFormatException {
        return has(name) ? bool(name) : otherwise;
    }

    /** A string (possibly empty). */
    public String text(String name) throws JsonFormatException {
        return text(require(name), pointer(name), false);
    }

    /** {@code value} as a string, refused at {@code where} otherwise or, when {@code nonBlank}, when blank. */
    public static String text(JsonNode value, String where, boolean nonBlank) throws JsonFormatException {
        if (!value.isTextual()) {
            throw new JsonFormatException(where, Messages.format(JsonKeys.EXPECTED_TEXT, describe(value)), null);
        }
        if (nonBlank && value.textValue().isBlank()) {
            throw new JsonFormatException(where, Messages.get(JsonKeys.EMPTY), null);
        }
        return value.textValue();
    }

    /** A string that is not blank. */
    public String nonBlankText(String name) throws JsonFormatException {
        return text(require(name), pointer(name), true);
    }

    /**
     * The string in field {@code name} turned into a value by {@code parse}, whose
     * {@link IllegalArgumentException} message (naming what is allowed) becomes the refusal.
     */
    public <T> T parsed(String name, Function<String, T> parse) throws JsonFormatException {
        String text = text(name);
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw invalid(name, e.getMessage());
        }
    }

    /** The constant of {@code type} whose lower-case name is the string in field {@code name}. */
    public <E extends Enum<E>> E constant(String name, Class<E> type) throws JsonFormatException {
        String text = text(name);
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
            allowed.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw invalid(name, Messages.format(JsonKeys.EXPECTED_ONE_OF, String.join(", ", allowed), describe(require(name))));
    }

    /** The numbers of the object in field {@code name}, in file order. */
    public Map<String, Double> numbers(String name) throws JsonFormatException {
        FieldReader object = object(name);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String key : object.names()) {
            values.put(key, object.number(key));
        }
        return values;
    }

    /** The raw value of field {@code name}, which must be present and not null. */
    public JsonNode raw(String name) throws JsonFormatException {
        return require(name);
    }

    private JsonNode require(String name) throws JsonFormatException {
        asked.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw invalid(name, Messages.get(JsonKeys.MISSING));
        }
        return value;
    }

    /**
     * The value {@code construction} builds from these fields; an {@link IllegalArgumentException}
     * from a validating constructor (whose message names the value and what is allowed) becomes a
     * refusal of this object.
     */
    public <T> T validated(Construction<T> construction) throws JsonFormatException {
        try {
            return construction.build();
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    /** Builds a value from fields, refusing with {@link JsonFormatException} or {@link IllegalArgumentException}. */
    @FunctionalInterface
    public interface Construction<T> {
        T build() throws JsonFormatException;
    }

    /**
     * The pointers of the fields of this object and of the objects read through it that nothing
     * asked for: fields this version does not know, ignored by the rule in the class comment.
     */
    public List<String> ignored() {
        List<String> ignored = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!asked.contains(name)) {
                ignored.add(pointer(name));
            }
        });
        children.forEach(child -> ignored.addAll(child.ignored()));
        return ignored;
    }

    /** A short description of a JSON value for messages, e.g. {@code the string "abc"}. */
    public static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return Messages.get(JsonKeys.VALUE_NOTHING);
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            String text = value.textValue();
            return Messages.format(JsonKeys.VALUE_TEXT, text.length() > 40 ? text.substring(0, 40) + "\u2026" : text);
        }
        if (value.isObject()) {
            return Messages.get(JsonKeys.VALUE_OBJECT);
        }
        if (value.isArray()) {
            return Messages.get(JsonKeys.VALUE_LIST);
        }
        return value.toString();
    }
}
