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
    public static final String PIECES_EDITOR = "pieces-editor";
    public static final String PIECE_COUNT = "piece-count";
    public static final String PIECE_LABEL = "piece-label";
    public static final String ADD_PIECE = "add-piece";
    public static final String REMOVE_PIECE = "remove-piece";
    public static final String PIECES_PRESETS = "pieces-presets";
    public static final String PARAMETER_PANEL = "parameter-panel";
    /** The properties tab's content. */
    public static final String PROPERTIES_VIEW = "properties-view";
    public static final String PROPERTIES_TABLE = "properties-table";
    public static final String PROPERTY_NAME = "property-name";
    public static final String PROPERTY_VALUE = "property-value";
    public static final String SEARCH_FIELD = "search-field";
    public static final String NUMERIC = "numeric";
    /** The table column naming the function. */
    public static final String NAME_COLUMN = "name-column";

    public static final String CURVES_VIEW = "curves-view";
    public static final String CURVES_SIDEBAR = "curves-sidebar";
    public static final String CURVES_SIDEBAR_SCROLL = "curves-sidebar-scroll";
    public static final String CURVES_SECTION = "curves-section";
    public static final String CURVES_SECTION_BODY = "curves-section-body";
    public static final String FUNCTION_LIST = "function-list";
    public static final String FUNCTION_SEARCH = "function-search";
    public static final String FUNCTION_CELL = "function-cell";
    public static final String CURVES_PARAMETERS = "curves-parameters";
    public static final String CURVES_PARAMETERS_SECTION = "curves-parameters-section";
    public static final String X_RANGE = "x-range";
    public static final String X_RANGE_TEXT = "x-range-text";
    public static final String Y_RANGE_EDITOR = "y-range-editor";
    public static final String DEPTH_SLIDER = "depth-slider";
    public static final String THRESHOLD_SLIDER = "threshold-slider";
    /** The value beside the depth and threshold sliders. */
    public static final String DEPTH_VALUE = "slider-value";
    public static final String PLOT_VIEW = "plot-view";
    public static final String PLOT_PLACEHOLDER = "plot-placeholder";
    public static final String HOVER_OVERLAY = "hover-overlay";
    public static final String CROSSHAIR = "crosshair";
    public static final String HOVER_DOT = "hover-dot";
    public static final String HOVER_READOUT = "hover-readout";
    public static final String READOUT_X = "readout-x";
    public static final String READOUT_NAME = "readout-name";
    /** The column titles of the hover readout: f(x), f'(x), |f'(x)|^n. */
    public static final String READOUT_HEADER = "readout-header";
    public static final String CURVES_BOTTOM = "curves-bottom";
    public static final String CURVES_PROPERTIES = "curves-properties";
    public static final String FORMULA_SCROLL = "formula-scroll";
    public static final String FORMULA_LIST = "formula-list";
    public static final String FORMULA_CARD = "formula-card";
    public static final String EXPORT_DIALOG = "export-dialog";
    public static final String EXPORT_CONTENT = "export-content";
    public static final String EXPORT_SECTION = "export-section";
    public static final String EXPORT_ROW = "export-row";
    public static final String EXPORT_WIDTH = "export-width";
    public static final String EXPORT_HEIGHT = "export-height";
    public static final String REPLACE_DIALOG = "replace-dialog";
    public static final String EXPORT_ERROR_DIALOG = "export-error-dialog";

    private static final String STYLESHEET = "app.css";

    private Styles() {
    }

    /** The URL of the application stylesheet, for {@code Scene.getStylesheets()}. */
    public static String stylesheet() {
        URL url = Objects.requireNonNull(Styles.class.getResource(STYLESHEET), STYLESHEET + " is not packaged");
        return url.toExternalForm();
    }
}
