package org.activationlab.ui;

/** The keys of every user-visible text in {@code org/activationlab/ui/messages.properties}. */
public final class TextKeys {
    public static final String APP_TITLE = "app.title";

    public static final String MENU_FILE = "menu.file";
    public static final String MENU_FILE_QUIT = "menu.file.quit";
    public static final String MENU_VIEW = "menu.view";
    public static final String MENU_VIEW_ENLARGE_TEXT = "menu.view.enlargeText";
    public static final String MENU_VIEW_SHRINK_TEXT = "menu.view.shrinkText";
    public static final String MENU_VIEW_RESET_TEXT = "menu.view.resetText";
    public static final String MENU_VIEW_FULL_SCREEN = "menu.view.fullScreen";
    public static final String MENU_HELP = "menu.help";
    public static final String MENU_HELP_ABOUT = "menu.help.about";

    public static final String ABOUT_TITLE = "about.title";
    /** {0}: version. */
    public static final String ABOUT_HEADER = "about.header";
    public static final String ABOUT_DESCRIPTION = "about.description";
    public static final String ABOUT_LICENCE = "about.licence";
    public static final String ABOUT_CREDITS = "about.credits";

    public static final String STATUS_READY = "status.ready";
    /** {0}: display name of the function being analysed. */
    public static final String STATUS_ANALYSING = "status.analysing";
    /** {0}: number of functions. */
    public static final String STATUS_ANALYSED = "status.analysed";
    /** {0}: the reason. */
    public static final String STATUS_ANALYSIS_FAILED = "status.analysisFailed";

    public static final String TAB_PROPERTIES = "tab.properties";
    public static final String SEARCH_PROMPT = "properties.search";
    public static final String TABLE_PLACEHOLDER = "properties.placeholder";
    public static final String TABLE_LOADING = "properties.loading";

    public static final String PROPERTY_FUNCTION = "property.function";
    public static final String PROPERTY_FUNCTION_HELP = "property.function.help";
    public static final String PROPERTY_RANGE = "property.range";
    public static final String PROPERTY_BOUNDED = "property.bounded";
    public static final String PROPERTY_MONOTONIC = "property.monotonic";
    public static final String PROPERTY_VALUE_AT_ZERO = "property.valueAtZero";
    public static final String PROPERTY_SLOPE_AT_ZERO = "property.slopeAtZero";
    public static final String PROPERTY_NEAR_IDENTITY = "property.nearIdentity";
    public static final String PROPERTY_ZERO_CENTRED = "property.zeroCentred";
    public static final String PROPERTY_SATURATION = "property.saturation";
    public static final String PROPERTY_DEAD_REGION = "property.deadRegion";
    public static final String PROPERTY_KINKS = "property.kinks";
    public static final String PROPERTY_SMOOTHNESS = "property.smoothness";
    public static final String PROPERTY_PARAMETERS = "property.parameters";
    public static final String PROPERTY_COST = "property.cost";

    public static final String VALUE_YES = "value.yes";
    public static final String VALUE_NO = "value.no";
    public static final String VALUE_NONE = "value.none";
    public static final String VALUE_ALL_X = "value.allX";
    public static final String VALUE_BOUNDED_BOTH = "value.bounded.both";
    public static final String VALUE_BOUNDED_BELOW = "value.bounded.below";
    public static final String VALUE_BOUNDED_ABOVE = "value.bounded.above";
    /** {0}: the cost relative to ReLU. */
    public static final String VALUE_COST = "value.cost";
    /** Followed by a {@link org.activationlab.model.Monotonicity} constant's name. */
    public static final String MONOTONICITY_PREFIX = "monotonicity.";
    /** Followed by a {@link org.activationlab.model.Smoothness} constant's name. */
    public static final String SMOOTHNESS_PREFIX = "smoothness.";

    public static final String DETAILS_PLACEHOLDER = "details.placeholder";
    /** {0}: the CLI name. */
    public static final String DETAILS_CLI_NAME = "details.cliName";
    public static final String DETAILS_FORMULA = "details.formula";
    public static final String DETAILS_DERIVATIVE = "details.derivative";
    public static final String DETAILS_PARAMETERS = "details.parameters";
    public static final String DETAILS_PROPERTIES = "details.properties";
    public static final String DETAILS_PAPER = "details.paper";

    public static final String PARAMETERS_NONE = "parameters.none";
    public static final String PARAMETERS_RESET = "parameters.reset";
    /** {0}: default value, {1}: the allowed values. */
    public static final String PARAMETER_CAPTION = "parameter.caption";
    /** {0}: the refused value, {1}: parameter key, {2}: the allowed values, {3}: the kept value. */
    public static final String PARAMETER_OUT_OF_RANGE = "parameter.outOfRange";
    /** {0}: the refused text, {1}: parameter key, {2}: the allowed values, {3}: the kept value. */
    public static final String PARAMETER_NOT_A_NUMBER = "parameter.notANumber";

    public static final String MAXOUT_PIECES = "maxout.pieces";
    public static final String MAXOUT_PIECES_CAPTION = "maxout.pieces.caption";
    /** {0}: piece number. */
    public static final String MAXOUT_PIECE = "maxout.piece";
    public static final String MAXOUT_ADD_PIECE = "maxout.addPiece";
    public static final String MAXOUT_REMOVE_PIECE = "maxout.removePiece";
    public static final String MAXOUT_PRESETS = "maxout.presets";
    public static final String MAXOUT_PRESET_RELU = "maxout.preset.relu";
    public static final String MAXOUT_PRESET_ABSOLUTE_VALUE = "maxout.preset.abs";
    public static final String MAXOUT_PRESET_SQUARE = "maxout.preset.square";

    private TextKeys() {
    }
}
