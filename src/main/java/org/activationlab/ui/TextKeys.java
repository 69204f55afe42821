package org.activationlab.ui;

/** The keys of every user-visible text in {@code org/activationlab/ui/messages.properties}. */
public final class TextKeys {
    public static final String APP_TITLE = "app.title";

    public static final String MENU_FILE = "menu.file";
    public static final String MENU_FILE_EXPORT = "menu.file.export";
    public static final String MENU_FILE_QUIT = "menu.file.quit";
    public static final String MENU_EDIT = "menu.edit";
    public static final String MENU_EDIT_COPY_IMAGE = "menu.edit.copyImage";
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

    /** {0}: the file name. */
    public static final String STATUS_EXPORTING = "status.exporting";
    /** {0}: the file written. */
    public static final String STATUS_EXPORTED = "status.exported";
    /** {0}: the reason. */
    public static final String STATUS_EXPORT_FAILED = "status.exportFailed";
    /** {0}: width, {1}: height in pixels. */
    public static final String STATUS_COPIED = "status.copied";

    public static final String TAB_CURVES = "tab.curves";
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

    public static final String PIECES_COUNT = "maxout.pieces";
    public static final String PIECES_CAPTION = "maxout.pieces.caption";
    /** {0}: piece number. */
    public static final String PIECES_PIECE = "maxout.piece";
    public static final String PIECES_ADD = "maxout.addPiece";
    public static final String PIECES_REMOVE = "maxout.removePiece";
    public static final String PIECES_PRESETS = "maxout.presets";
    public static final String PIECES_PRESET_RELU = "maxout.preset.relu";
    public static final String PIECES_PRESET_ABSOLUTE_VALUE = "maxout.preset.abs";
    public static final String PIECES_PRESET_SQUARE = "maxout.preset.square";

    public static final String CURVES_SECTION_FUNCTIONS = "curves.section.functions";
    public static final String CURVES_SECTION_PARAMETERS = "curves.section.parameters";
    public static final String CURVES_SECTION_AXES = "curves.section.axes";
    public static final String CURVES_SECTION_DEPTH = "curves.section.depth";
    public static final String CURVES_SECTION_SATURATION = "curves.section.saturation";
    public static final String CURVES_NO_MATCH = "curves.noMatch";
    public static final String CURVES_NO_PARAMETERS = "curves.noParameters";
    public static final String CURVES_PLACEHOLDER = "curves.placeholder";
    public static final String CURVES_TABLE_PLACEHOLDER = "curves.tablePlaceholder";
    public static final String CURVES_PANELS = "curves.panels";
    public static final String CURVES_PANEL_FUNCTIONS = "curves.panel.functions";
    public static final String CURVES_PANEL_DERIVATIVES = "curves.panel.derivatives";
    public static final String CURVES_X_RANGE = "curves.xRange";
    /** {0}: from, {1}: to. */
    public static final String CURVES_X_RANGE_TEXT = "curves.xRange.text";
    public static final String CURVES_RESET_RANGE = "curves.resetRange";
    public static final String CURVES_RESET_RANGE_HELP = "curves.resetRange.help";
    public static final String CURVES_GESTURES = "curves.gestures";
    public static final String CURVES_FIX_Y = "curves.fixY";
    public static final String CURVES_FIX_Y_HELP = "curves.fixY.help";
    public static final String CURVES_Y_TO = "curves.y.to";
    /** {0}: the panel. */
    public static final String CURVES_Y_MIN = "curves.y.min";
    /** {0}: the panel. */
    public static final String CURVES_Y_MAX = "curves.y.max";
    /** {0}: the refused text, {1}, {2}: the kept range. */
    public static final String CURVES_Y_NOT_A_NUMBER = "curves.y.notANumber";
    /** {0}: min, {1}: max as typed, {2}, {3}: the kept range. */
    public static final String CURVES_Y_ORDER = "curves.y.order";
    /** {0}: min as typed, {1}, {2}: the kept range. */
    public static final String CURVES_Y_LOG_MINIMUM = "curves.y.logMinimum";
    public static final String CURVES_DEPTH = "curves.depth";
    /** {0}: n. */
    public static final String CURVES_DEPTH_VALUE = "curves.depth.value";
    public static final String CURVES_DEPTH_HELP = "curves.depth.help";
    public static final String CURVES_LOG_AXIS = "curves.logAxis";
    public static final String CURVES_SHADE = "curves.shade";
    public static final String CURVES_THRESHOLD = "curves.threshold";
    public static final String CURVES_HATCH = "curves.hatch";
    /** {0}: x. */
    public static final String CURVES_READOUT_X = "curves.readout.x";
    /** The title of the f(x) column. */
    public static final String CURVES_READOUT_VALUE = "curves.readout.value";
    /** The title of the f'(x) column. */
    public static final String CURVES_READOUT_DERIVATIVE = "curves.readout.derivative";
    /** The title of the |f'(x)|^n column; {0}: n. */
    public static final String CURVES_READOUT_POWER = "curves.readout.power";

    public static final String EXPORT_TITLE = "export.title";
    public static final String EXPORT_HEADER = "export.header";
    public static final String EXPORT_BUTTON = "export.button";
    public static final String EXPORT_FORMAT = "export.format";
    public static final String EXPORT_FORMAT_PNG = "export.format.png";
    public static final String EXPORT_FORMAT_SVG = "export.format.svg";
    public static final String EXPORT_FORMAT_PDF = "export.format.pdf";
    public static final String EXPORT_FORMAT_CSV = "export.format.csv";
    public static final String EXPORT_SIZE = "export.size";
    /** {0}: the factor, {1}: width, {2}: height in pixels. */
    public static final String EXPORT_SIZE_FACTOR = "export.size.factor";
    public static final String EXPORT_SIZE_CUSTOM = "export.size.custom";
    public static final String EXPORT_WIDTH = "export.width";
    public static final String EXPORT_HEIGHT = "export.height";
    public static final String EXPORT_PIXELS = "export.pixels";
    /** {0}: the refused text, {1}: the smallest, {2}: the largest side. */
    public static final String EXPORT_SIZE_INVALID = "export.size.invalid";
    /** {0}: width, {1}: height, {2}: the most megapixels. */
    public static final String EXPORT_SIZE_TOO_LARGE = "export.size.tooLarge";
    public static final String EXPORT_TRANSPARENT = "export.transparent";
    public static final String EXPORT_SVG_TEXT_TITLE = "export.svgText";
    public static final String EXPORT_SVG_PATHS = "export.svgText.paths";
    public static final String EXPORT_SVG_TEXT = "export.svgText.text";
    public static final String EXPORT_CAPTION = "export.caption";
    public static final String EXPORT_CSV_NOTE = "export.csvNote";
    public static final String EXPORT_CHOOSER_TITLE = "export.chooserTitle";
    /** {0}: the file pattern. */
    public static final String EXPORT_FILTER_PNG = "export.filter.png";
    /** {0}: the file pattern. */
    public static final String EXPORT_FILTER_SVG = "export.filter.svg";
    /** {0}: the file pattern. */
    public static final String EXPORT_FILTER_PDF = "export.filter.pdf";
    /** {0}: the file pattern. */
    public static final String EXPORT_FILTER_CSV = "export.filter.csv";
    public static final String EXPORT_REPLACE = "export.replace";
    /** {0}: the file name. */
    public static final String EXPORT_REPLACE_HEADER = "export.replace.header";
    /** {0}: the folder. */
    public static final String EXPORT_REPLACE_TEXT = "export.replace.text";
    public static final String EXPORT_FAILED_HEADER = "export.failed";

    private TextKeys() {
    }

    // Neuron, Depth and Gates views
    public static final String TAB_NEURON = "tab.neuron";
    public static final String TAB_DEPTH = "tab.depth";
    public static final String TAB_GATES = "tab.gates";
    public static final String STUDY_PICK_HINT = "study.pickHint";
    public static final String NEURON_TITLE = "neuron.title";
    public static final String NEURON_HELP = "neuron.help";
    public static final String NEURON_PRESETS = "neuron.presets";
    /** {0}: the gate, e.g. AND. */
    public static final String NEURON_PRESET_ACCESSIBLE = "neuron.presetAccessible";
    public static final String NEURON_W1 = "neuron.w1";
    public static final String NEURON_W2 = "neuron.w2";
    public static final String NEURON_BIAS = "neuron.bias";
    public static final String NEURON_ACTIVATION = "neuron.activation";
    public static final String NEURON_TABLE_X1 = "neuron.table.x1";
    public static final String NEURON_TABLE_X2 = "neuron.table.x2";
    public static final String NEURON_TABLE_Z = "neuron.table.z";
    public static final String NEURON_TABLE_OUTPUT = "neuron.table.output";
    public static final String NEURON_TABLE_READS = "neuron.table.reads";
    /** {0}: the gate. */
    public static final String NEURON_VERDICT_MATCH = "neuron.verdict.match";
    /** {0}: the gate; {1}: the inputs it gets wrong. */
    public static final String NEURON_VERDICT_MISMATCH = "neuron.verdict.mismatch";
    /** {0}: 2b + w1 + w2. */
    public static final String NEURON_XOR_PROOF = "neuron.xorProof";
    public static final String NEURON_CURVE_DESCRIPTION = "neuron.curveDescription";
    public static final String NEURON_PLANE_DESCRIPTION = "neuron.planeDescription";
    public static final String COLLAPSE_TITLE = "collapse.title";
    public static final String COLLAPSE_HELP = "collapse.help";
    public static final String COLLAPSE_LAYERS = "collapse.layers";
    public static final String COLLAPSE_NEW_WEIGHTS = "collapse.newWeights";
    /** {0}: layer count; {1}: the map, e.g. y = 1.25 x - 0.5. */
    public static final String COLLAPSE_MAP = "collapse.map";
    public static final String COLLAPSE_ACTIVATION = "collapse.activation";
    public static final String COLLAPSE_DESCRIPTION = "collapse.description";
    public static final String DEPTH_TITLE = "depth.title";
    public static final String DEPTH_HELP = "depth.help";
    public static final String DEPTH_PRESETS = "depth.presets";
    public static final String DEPTH_PRESET_NONE = "depth.preset.none";
    public static final String DEPTH_PRESET_SELU = "depth.preset.selu";
    public static final String DEPTH_PRESET_SELU_HELP = "depth.preset.selu.help";
    public static final String DEPTH_PRESET_RELU_HE = "depth.preset.reluHe";
    public static final String DEPTH_PRESET_RELU_HE_HELP = "depth.preset.reluHe.help";
    public static final String DEPTH_PRESET_RELU_XAVIER = "depth.preset.reluXavier";
    public static final String DEPTH_PRESET_RELU_XAVIER_HELP = "depth.preset.reluXavier.help";
    public static final String DEPTH_PRESET_TANH_SMALL = "depth.preset.tanhSmall";
    public static final String DEPTH_PRESET_TANH_SMALL_HELP = "depth.preset.tanhSmall.help";
    public static final String DEPTH_PRESET_SIGMOID_SMALL = "depth.preset.sigmoidSmall";
    public static final String DEPTH_PRESET_SIGMOID_SMALL_HELP = "depth.preset.sigmoidSmall.help";
    public static final String DEPTH_PRESET_TANH_BN = "depth.preset.tanhBatchNorm";
    public static final String DEPTH_PRESET_TANH_BN_HELP = "depth.preset.tanhBatchNorm.help";
    public static final String DEPTH_ACTIVATION = "depth.activation";
    public static final String DEPTH_INIT = "depth.init";
    public static final String DEPTH_INIT_XAVIER = "depth.init.xavier";
    public static final String DEPTH_INIT_XAVIER_NORMAL = "depth.init.xavierNormal";
    public static final String DEPTH_INIT_HE = "depth.init.he";
    public static final String DEPTH_INIT_LECUN = "depth.init.lecun";
    public static final String DEPTH_INIT_NORMAL = "depth.init.normal";
    public static final String DEPTH_STD = "depth.std";
    public static final String DEPTH_BATCH_NORM = "depth.batchNorm";
    public static final String DEPTH_BATCH_NORM_OFF = "depth.batchNorm.off";
    public static final String DEPTH_BATCH_NORM_BEFORE = "depth.batchNorm.before";
    public static final String DEPTH_BATCH_NORM_AFTER = "depth.batchNorm.after";
    public static final String DEPTH_LAYERS = "depth.layers";
    public static final String DEPTH_WIDTH = "depth.width";
    public static final String DEPTH_SEED = "depth.seed";
    public static final String DEPTH_MEASURES = "depth.measures";
    public static final String DEPTH_DESCRIPTION = "depth.description";
    /** {0}: layers; {1}: width. */
    public static final String DEPTH_STATUS_RUNNING = "depth.status.running";
    public static final String DEPTH_STATUS_DONE = "depth.status.done";
    /** {0}: the reason. */
    public static final String DEPTH_STATUS_FAILED = "depth.status.failed";
    public static final String BORN_DEAD_TITLE = "bornDead.title";
    public static final String BORN_DEAD_HELP = "bornDead.help";
    public static final String BORN_DEAD_WIDTH = "bornDead.width";
    public static final String BORN_DEAD_DEPTH = "bornDead.depth";
    public static final String BORN_DEAD_TRIALS = "bornDead.trials";
    public static final String BORN_DEAD_DESCRIPTION = "bornDead.description";
    public static final String GATES_TITLE = "gates.title";
    public static final String GATES_HELP = "gates.help";
    public static final String GATES_PRESETS = "gates.presets";
    public static final String GATES_PRESET_NONE = "gates.preset.none";
    public static final String GATES_PRESET_CLOSED = "gates.preset.closed";
    public static final String GATES_PRESET_CLOSED_HELP = "gates.preset.closed.help";
    public static final String GATES_PRESET_HALF = "gates.preset.half";
    public static final String GATES_PRESET_HALF_HELP = "gates.preset.half.help";
    public static final String GATES_PRESET_OPEN = "gates.preset.open";
    public static final String GATES_PRESET_OPEN_HELP = "gates.preset.open.help";
    public static final String GATES_PRESET_TANH = "gates.preset.tanh";
    public static final String GATES_PRESET_TANH_HELP = "gates.preset.tanh.help";
    public static final String GATES_PRESET_RELU = "gates.preset.relu";
    public static final String GATES_PRESET_RELU_HELP = "gates.preset.relu.help";
    public static final String GATES_FUNCTION = "gates.function";
    public static final String GATES_GATE_PRE = "gates.gatePre";
    public static final String GATES_CANDIDATE_PRE = "gates.candidatePre";
    public static final String GATES_FORGET_PRE = "gates.forgetPre";
    /** {0}: gate; {1}: candidate; {2}: what passes. */
    public static final String GATES_READING_VALVE = "gates.reading.valve";
    /** {0}: gate; {1}: candidate; {2}: what passes. */
    public static final String GATES_READING_FLIPS = "gates.reading.flips";
    /** {0}: gate; {1}: candidate; {2}: what passes. */
    public static final String GATES_READING_AMPLIFIES = "gates.reading.amplifies";
    /** {0}: gate; {1}: candidate; {2}: what passes. */
    public static final String GATES_READING_UNBOUNDED = "gates.reading.unbounded";
    public static final String GATES_ALTERNATIVES = "gates.alternatives";
    public static final String GATES_PASSING_DESCRIPTION = "gates.passingDescription";
    public static final String GATES_CELL_DESCRIPTION = "gates.cellDescription";

    // Two languages: View > Language
    public static final String MENU_VIEW_LANGUAGE = "menu.view.language";

    // Issue 14 §1 (gated-views): the points where f itself jumps, beside the kinks
    public static final String PROPERTY_DISCONTINUITIES = "property.discontinuities";
}
