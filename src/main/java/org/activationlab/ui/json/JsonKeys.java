package org.activationlab.ui.json;

/** The keys of the JSON reader's texts in {@code org/activationlab/ui/messages.properties}. */
public final class JsonKeys {
    /** {0}: the JSON pointer; {1}: the problem. */
    public static final String AT = "json.at";
    /** {0}: the file; {1}: the problem (with its pointer). */
    public static final String IN_FILE = "json.inFile";
    public static final String MISSING = "json.missing";
    public static final String EMPTY = "json.empty";
    /** {0}: the value found. */
    public static final String EXPECTED_OBJECT = "json.expected.object";
    /** {0}: the value found. */
    public static final String EXPECTED_LIST = "json.expected.list";
    /** {0}: the value found. */
    public static final String EXPECTED_NUMBER = "json.expected.number";
    /** {0}, {1}: the smallest and largest whole number allowed; {2}: the value found. */
    public static final String EXPECTED_WHOLE = "json.expected.whole";
    /** {0}: the value found. */
    public static final String EXPECTED_BOOLEAN = "json.expected.boolean";
    /** {0}: the value found. */
    public static final String EXPECTED_TEXT = "json.expected.text";
    /** {0}: the values allowed; {1}: the value found. */
    public static final String EXPECTED_ONE_OF = "json.expected.oneOf";
    /** {0}: the text. */
    public static final String VALUE_TEXT = "json.value.text";
    public static final String VALUE_OBJECT = "json.value.object";
    public static final String VALUE_LIST = "json.value.list";
    public static final String VALUE_NOTHING = "json.value.nothing";
    public static final String FILE_EMPTY = "json.file.empty";
    public static final String FILE_NOT_UTF8 = "json.file.notUtf8";
    /** {0}: line; {1}: column; {2}: Jackson's description. */
    public static final String FILE_SYNTAX = "json.file.syntax";
    /** {0}: line; {1}: column. */
    public static final String FILE_CUT_SHORT = "json.file.cutShort";
    public static final String FILE_NOT_FOUND = "json.file.notFound";
    public static final String FILE_DENIED = "json.file.denied";
    public static final String FILE_FOLDER = "json.file.folder";
    /** {0}: the size in bytes; {1}: the limit in MB. */
    public static final String FILE_TOO_LARGE = "json.file.tooLarge";
    /** {0}: why. */
    public static final String FILE_UNREADABLE = "json.file.unreadable";
    /** {0}: the pointers of the fields ignored. */
    public static final String IGNORED = "json.ignored";

    private JsonKeys() {
    }
}
