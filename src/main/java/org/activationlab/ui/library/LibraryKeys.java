package org.activationlab.ui.library;

/** The keys of the functions library's texts in {@code org/activationlab/ui/messages.properties}. */
public final class LibraryKeys {
    /** The tag after a library formula in the function lists. */
    public static final String YOURS = "library.yours";
    /** {0}: the format found; {1}: the format expected. */
    public static final String NOT_LIBRARY = "library.file.notLibrary";
    /** {0}: the version found; {1}: the newest version this app reads. */
    public static final String NEWER_VERSION = "library.file.newer";
    /** {0}: the name. */
    public static final String DUPLICATE_IN_FILE = "library.file.duplicate";
    /** {0}: the folder; {1}: why. */
    public static final String CANNOT_MAKE_FOLDER = "library.file.cannotMakeFolder";
    /** {0}: the file; {1}: why. */
    public static final String CANNOT_SAVE = "library.cannotSave";
    /** {0}: the copy of the broken file. */
    public static final String KEPT_ORIGINAL = "library.keptOriginal";
    /** {0}: the name. */
    public static final String NAME_TAKEN = "library.nameTaken";

    public static final String MENU = "library.menu";
    public static final String TITLE = "library.title";
    public static final String EMPTY = "library.empty";
    public static final String NAME = "library.name";
    public static final String DESCRIPTION = "library.description";
    public static final String FORMULA = "library.formula";
    public static final String ADD = "library.add";
    public static final String RENAME = "library.rename";
    public static final String DESCRIBE = "library.describe";
    public static final String DELETE = "library.delete";
    public static final String IMPORT = "library.import";
    public static final String EXPORT = "library.export";
    public static final String NAME_REQUIRED = "library.nameRequired";
    public static final String FILE_FILTER = "library.fileFilter";
    /** {0}: the problems, one a line. */
    public static final String LOAD_PROBLEMS = "library.loadProblems";
    /** {0}: the number of broken entries skipped; {1}: the problems, one a line. */
    public static final String IMPORT_BROKEN = "library.import.broken";
    /** {0}: the names, comma-separated. */
    public static final String IMPORT_CONFLICTS = "library.import.conflicts";
    public static final String IMPORT_REPLACE = "library.import.replace";
    public static final String IMPORT_KEEP_BOTH = "library.import.keepBoth";
    public static final String IMPORT_SKIP = "library.import.skip";
    /** {0}: added; {1}: replaced; {2}: skipped; {3}: already there; {4}: broken. */
    public static final String IMPORT_DONE = "library.import.done";
    public static final String IMPORT_NOTHING = "library.import.nothing";
    /** {0}: the number of functions; {1}: the file. */
    public static final String EXPORT_DONE = "library.export.done";

    private LibraryKeys() {
    }
}
