package org.activationlab.ui.lessons;

/** The keys of the lessons panel's texts in {@code org/activationlab/ui/messages.properties}. */
public final class LessonKeys {
    public static final String PANEL_TITLE = "lessons.title";
    public static final String MENU_ITEM = "lessons.menu";
    public static final String CLOSE = "lessons.close";
    public static final String EMPTY = "lessons.empty";
    /** {0}: order, {1}: title. */
    public static final String LIST_ENTRY = "lessons.listEntry";
    public static final String SHOW_ME = "lessons.showMe";
    public static final String TRY_THIS = "lessons.tryThis";
    public static final String REVEAL = "lessons.reveal";
    public static final String PREVIOUS = "lessons.previous";
    public static final String NEXT = "lessons.next";
    /** {0}: position, {1}: number of lessons. */
    public static final String POSITION = "lessons.position";
    /** {0}: number of files that could not be loaded. */
    public static final String PROBLEMS = "lessons.problems";
    /** {0}: the lesson's title. */
    public static final String SHOWN = "lessons.shown";

    /** {0}: file, {1}: what is wrong with it. */
    public static final String PROBLEM = "lessons.problem";
    public static final String ERROR_NOT_OBJECT = "lessons.error.notObject";
    /** {0}: line, {1}: column, {2}: the parser's description. */
    public static final String ERROR_JSON = "lessons.error.json";
    /** {0}: field path. */
    public static final String ERROR_MISSING = "lessons.error.missing";
    /** {0}: field path, {1}: the expected kind of value. */
    public static final String ERROR_TYPE = "lessons.error.type";
    /** {0}: field path. */
    public static final String ERROR_EMPTY = "lessons.error.empty";
    /** {0}: field path, {1}: the fields allowed there. */
    public static final String ERROR_UNKNOWN_FIELD = "lessons.error.unknownField";
    /** {0}: field path, {1}: the tab written, {2}: the tabs there are. */
    public static final String ERROR_UNKNOWN_TAB = "lessons.error.unknownTab";
    /** {0}: field path, {1}: the tab, {2}: the preset written, {3}: the presets there are. */
    public static final String ERROR_UNKNOWN_PRESET = "lessons.error.unknownPreset";
    /** {0}: field path, {1}: the problem the value has. */
    public static final String ERROR_VALUE = "lessons.error.value";
    /** {0}: field path, {1}: the id written. */
    public static final String ERROR_ID = "lessons.error.id";
    /** {0}: field path, {1}: the function's name. */
    public static final String ERROR_NOT_PLOTTED = "lessons.error.notPlotted";
    /** {0}: field path. */
    public static final String ERROR_MAXOUT_TWICE = "lessons.error.maxoutTwice";
    /** {0}: the id, {1}: the file that already uses it. */
    public static final String ERROR_DUPLICATE_ID = "lessons.error.duplicateId";
    /** {0}: what the system said. */
    public static final String ERROR_READ = "lessons.error.read";
    public static final String ERROR_NOT_UTF8 = "lessons.error.notUtf8";
    public static final String ERROR_NOT_PACKAGED = "lessons.error.notPackaged";

    public static final String TYPE_TEXT = "lessons.type.text";
    public static final String TYPE_INTEGER = "lessons.type.integer";
    public static final String TYPE_NUMBER = "lessons.type.number";
    public static final String TYPE_BOOLEAN = "lessons.type.boolean";
    public static final String TYPE_OBJECT = "lessons.type.object";
    public static final String TYPE_LIST = "lessons.type.list";
    public static final String TYPE_RANGE = "lessons.type.range";
    /** {0}: the words allowed. */
    public static final String TYPE_ONE_OF = "lessons.type.oneOf";

    private LessonKeys() {
    }
}
