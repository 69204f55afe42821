package org.activationlab.ui.problems;

/** What was running when something failed, named in the banner in the user's language. */
public enum ProblemSource {
    /** Training steps on the Training tab's background thread. */
    TRAINING("problem.source.training"),
    /** Drawing a figure in the background. */
    FIGURE("problem.source.figure"),
    /** The Depth tab's study of a deep network at initialisation. */
    DEPTH_STUDY("problem.source.depthStudy"),
    /** Analysing an activation's properties (Properties tab, Curves table). */
    PROPERTIES("problem.source.properties"),
    /** Writing an export in the background. */
    EXPORT("problem.source.export"),
    /** Anything else, in the window itself (the JavaFX thread or another thread). */
    WINDOW("problem.source.window");

    private final String key;

    ProblemSource(String key) {
        this.key = key;
    }

    /** The bundle key of its name. */
    public String key() {
        return key;
    }
}
