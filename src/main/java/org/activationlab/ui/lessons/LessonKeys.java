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
    /** {0}: number of files that could not be used. */
    public static final String PROBLEMS = "lessons.problems";
    public static final String PROBLEMS_DETAILS = "lessons.problems.details";
    public static final String PROBLEMS_TITLE = "lessons.problems.title";
    /** {0}: the lesson's title. */
    public static final String SHOWN = "lessons.shown";

    /** {0}: file, {1}: what is wrong with it. */
    public static final String PROBLEM = "lessons.problem";
    public static final String ERROR_NOT_OBJECT = "lessons.error.notObject";
    /** {0}: the tab written, {1}: the tabs there are. */
    public static final String ERROR_UNKNOWN_TAB = "lessons.error.unknownTab";
    /** {0}: the tab, {1}: the preset written, {2}: the presets there are. */
    public static final String ERROR_UNKNOWN_PRESET = "lessons.error.unknownPreset";
    /** {0}: the id written. */
    public static final String ERROR_ID = "lessons.error.id";
    /** {0}: the function's name. */
    public static final String ERROR_NOT_PLOTTED = "lessons.error.notPlotted";
    public static final String ERROR_MAXOUT_TWICE = "lessons.error.maxoutTwice";
    /** {0}: the id, {1}: the file that already uses it. */
    public static final String ERROR_DUPLICATE_ID = "lessons.error.duplicateId";
    /** {0}: what the system said. */
    public static final String ERROR_READ = "lessons.error.read";
    public static final String ERROR_NOT_PACKAGED = "lessons.error.notPackaged";
    /** {0}: the value found. */
    public static final String ERROR_RANGE = "lessons.error.range";

    private LessonKeys() {
    }
}
