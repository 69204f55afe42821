package org.activationlab.ui;

import javafx.css.PseudoClass;

import java.net.URL;
import java.util.Objects;

/** The application stylesheet and the style classes the views set, as constants. */
public final class Styles {
    /** Base font size in pixels at text scale 1. */
    public static final double BASE_FONT_SIZE = 15;

    public static final String APP = "activation-lab";
    public static final String STATUS_BAR = "app-status-bar";
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String SECTION_TITLE = "section-title";
    public static final String CAPTION = "caption";
    /** The line under a parameter editor with the default and the allowed values. */
    public static final String PARAMETER_CAPTION = "parameter-caption";
    public static final String ERROR_MESSAGE = "error-message";
    /** Set on a text field whose last input was refused. */
    public static final PseudoClass INVALID_STATE = PseudoClass.getPseudoClass("invalid");
    public static final String DETAILS = "details";
    public static final String FORMULA = "formula";
    public static final String PARAMETER_EDITOR = "parameter-editor";
    public static final String PARAMETER_NAME = "parameter-name";
    /** The labels at the two ends of a parameter slider. */
    public static final String SLIDER_END = "slider-end";
    public static final String MAXOUT_EDITOR = "maxout-editor";
    public static final String PIECE_COUNT = "piece-count";
    public static final String PIECE_LABEL = "piece-label";
    public static final String ADD_PIECE = "add-piece";
    public static final String REMOVE_PIECE = "remove-piece";
    public static final String MAXOUT_PRESETS = "maxout-presets";
    public static final String PARAMETER_PANEL = "parameter-panel";
    public static final String PROPERTIES_TABLE = "properties-table";
    public static final String PROPERTY_NAME = "property-name";
    public static final String PROPERTY_VALUE = "property-value";
    public static final String SEARCH_FIELD = "search-field";
    public static final String NUMERIC = "numeric";
    /** The table column naming the function. */
    public static final String NAME_COLUMN = "name-column";

    private static final String STYLESHEET = "app.css";

    private Styles() {
    }

    /** The URL of the application stylesheet, for {@code Scene.getStylesheets()}. */
    public static String stylesheet() {
        URL url = Objects.requireNonNull(Styles.class.getResource(STYLESHEET), STYLESHEET + " is not packaged");
        return url.toExternalForm();
    }
}
