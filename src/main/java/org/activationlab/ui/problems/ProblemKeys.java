package org.activationlab.ui.problems;

/** The bundle keys of failure reports (the sources' names are in {@link ProblemSource}). */
public final class ProblemKeys {
    /** {0} what failed, {1} the error, {2} the log file. */
    public static final String BANNER = "problem.banner";
    public static final String DISMISS = "problem.dismiss";
    public static final String MENU_REPORT = "menu.help.reportProblem";
    /** {0} the number of lines, {1} the log file. */
    public static final String COPIED = "problem.report.copied";
    /** {0} the log folder. */
    public static final String NOTHING_LOGGED = "problem.report.nothing";
    /** {0} the log file, {1} why. */
    public static final String UNREADABLE = "problem.report.unreadable";

    private ProblemKeys() {
    }
}
