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

    // issue 15 (shootres): the Shoot-out tab's results in a session
    /** The results' settings differ from the part's: {0}: the value they were run with; {1}: the setting's value. */
    public static final String RESULTS_OTHER_SETTINGS = "session.results.otherSettings";
    public static final String RESULTS_NOTHING_RUN = "session.results.nothingRun";
    /** {0}: the least run number allowed; {1}: the largest; {2}: the number found. */
    public static final String RESULTS_RUN = "session.results.run";
    /** {0}: the runs listed; {1}: the runs of the settings. */
    public static final String RESULTS_INCOMPLETE = "session.results.incomplete";
    public static final String RESULTS_CURVE_MISSING = "session.results.curveMissing";
    /** {0}: the recorded steps; {1}: the values found. */
    public static final String RESULTS_CURVE_LENGTH = "session.results.curveLength";
    /** {0}: the value found. */
    public static final String RESULTS_NUMBER = "session.results.number";
    /** {0}: the value found. */
    public static final String RESULTS_SHARE = "session.results.share";

    private SessionKeys() {
    }
}
