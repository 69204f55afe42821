package org.activationlab.ui.session;

/** The keys of the session menu's and messages' texts in {@code org/activationlab/ui/messages.properties}. */
public final class SessionKeys {
    public static final String MENU_OPEN = "session.menu.open";
    public static final String MENU_OPEN_RECENT = "session.menu.openRecent";
    public static final String MENU_NO_RECENT = "session.menu.noRecent";
    public static final String MENU_CLEAR_RECENT = "session.menu.clearRecent";
    public static final String MENU_SAVE = "session.menu.save";
    public static final String MENU_SAVE_AS = "session.menu.saveAs";
    public static final String CHOOSER_OPEN_TITLE = "session.chooser.openTitle";
    public static final String CHOOSER_SAVE_TITLE = "session.chooser.saveTitle";
    /** {0}: the pattern, e.g. *.alab. */
    public static final String CHOOSER_FILTER = "session.chooser.filter";
    public static final String DIALOG_TITLE = "session.dialog.title";
    /** {0}: the file name. */
    public static final String OPEN_FAILED_HEADER = "session.openFailed.header";
    /** {0}: the file name. */
    public static final String SAVE_FAILED_HEADER = "session.saveFailed.header";
    /** {0}: the file name. */
    public static final String REPLACE_HEADER = "session.replace.header";
    public static final String REPLACE = "session.replace";
    /** {0}: the file name. */
    public static final String STATUS_OPENED = "session.status.opened";
    /** {0}: the file name; {1}: the ids of the parts ignored. */
    public static final String STATUS_OPENED_IGNORING = "session.status.openedIgnoring";
    /** {0}: the file name. */
    public static final String STATUS_SAVED = "session.status.saved";
    /** {0}: the file name; {1}: the problem. */
    public static final String STATUS_OPEN_FAILED = "session.status.openFailed";
    /** {0}: the file name; {1}: the problem. */
    public static final String STATUS_SAVE_FAILED = "session.status.saveFailed";
    /** {0}: the missing files, comma separated. */
    public static final String STATUS_RECENT_MISSING = "session.status.recentMissing";

    private SessionKeys() {
    }
}
