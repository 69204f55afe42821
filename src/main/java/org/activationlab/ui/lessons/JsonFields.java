package org.activationlab.ui.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activationlab.ui.Messages;

/**
 * The fields of one JSON object of a lesson file, read with messages that name the field's path
 * (e.g. {@code showMe[2].preset}) and what was expected. A field the object may not have is an
 * error, so that a misspelt name does not pass unnoticed.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;

    /**
     * @param node the object
     * @param path where it is in the file ({@code ""} for the top)
     * @param allowed the fields it may have
     * @throws LessonFormatException if it is not an object or has another field
     */
    JsonFields(JsonNode node, String path, Set<String> allowed) throws LessonFormatException {
        this.node = node;
        this.path = path;
        if (!node.isObject()) {
            throw typeError(path, LessonKeys.TYPE_OBJECT);
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new LessonFormatException(Messages.format(LessonKeys.ERROR_UNKNOWN_FIELD, at(name),
                        String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }

    /** Where the object is in the file. */
    String path() {
        return path;
    }

    /** The path of field {@code name}, for messages. */
    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        return node.has(name);
    }

    /** A required field's node. */
    JsonNode get(String name) throws LessonFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new LessonFormatException(Messages.format(LessonKeys.ERROR_MISSING, at(name)));
        }
        return value;
    }

    /** A required text that is not blank. */
    String text(String name) throws LessonFormatException {
        return text(get(name), at(name));
    }

    /** An optional text that is not blank. */
    Optional<String> optionalText(String name) throws LessonFormatException {
        return has(name) ? Optional.of(text(name)) : Optional.empty();
    }

    /** A required whole number. */
    int integer(String name) throws LessonFormatException {
        JsonNode value = get(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw typeError(at(name), LessonKeys.TYPE_INTEGER);
        }
        return value.intValue();
    }

    /** An optional whole number. */
    int integer(String name, int otherwise) throws LessonFormatException {
        return has(name) ? integer(name) : otherwise;
    }

    /** An optional number. */
    double number(String name, double otherwise) throws LessonFormatException {
        return has(name) ? number(get(name), at(name)) : otherwise;
    }

    /** An optional true or false. */
    boolean bool(String name, boolean otherwise) throws LessonFormatException {
        if (!has(name)) {
            return otherwise;
        }
        JsonNode value = get(name);
        if (!value.isBoolean()) {
            throw typeError(at(name), LessonKeys.TYPE_BOOLEAN);
        }
        return value.booleanValue();
    }

    /** A required {"en": ..., "zh": ...} with both texts. */
    Bilingual bilingual(String name) throws LessonFormatException {
        JsonFields texts = new JsonFields(get(name), at(name), Set.of("en", "zh"));
        return new Bilingual(texts.text("en"), texts.text("zh"));
    }

    /** The elements of a required list that is not empty. */
    List<JsonNode> list(String name) throws LessonFormatException {
        JsonNode value = get(name);
        if (!value.isArray()) {
            throw typeError(at(name), LessonKeys.TYPE_LIST);
        }
        if (value.isEmpty()) {
            throw new LessonFormatException(Messages.format(LessonKeys.ERROR_EMPTY, at(name)));
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** The path of element {@code index} of list {@code name}. */
    String at(String name, int index) {
        return at(name) + "[" + index + "]";
    }

    static String text(JsonNode value, String path) throws LessonFormatException {
        if (!value.isTextual()) {
            throw typeError(path, LessonKeys.TYPE_TEXT);
        }
        if (value.textValue().isBlank()) {
            throw new LessonFormatException(Messages.format(LessonKeys.ERROR_EMPTY, path));
        }
        return value.textValue();
    }

    static double number(JsonNode value, String path) throws LessonFormatException {
        if (!value.isNumber()) {
            throw typeError(path, LessonKeys.TYPE_NUMBER);
        }
        return value.doubleValue();
    }

    /** "{@code path} must be" the kind of value {@code typeKey} names (filled with {@code arguments}). */
    static LessonFormatException typeError(String path, String typeKey, Object... arguments) {
        return new LessonFormatException(Messages.format(LessonKeys.ERROR_TYPE, path,
                Messages.format(typeKey, arguments)));
    }
}
