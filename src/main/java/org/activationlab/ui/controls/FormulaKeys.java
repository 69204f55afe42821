package org.activationlab.ui.controls;

/** The keys of the texts of the formula editor and of the curves tab's typed formulas in {@code org/activationlab/ui/messages.properties}. */
public final class FormulaKeys {
    public static final String FIELD_PROMPT = "formula.editor.prompt";
    public static final String FIELD_ACCESSIBLE = "formula.editor.field";
    /** How names become parameters, shown under the field. */
    public static final String PARAMETER_RULE = "formula.editor.rule";
    public static final String COLUMN_NAME = "formula.editor.column.name";
    public static final String COLUMN_DEFAULT = "formula.editor.column.default";
    public static final String COLUMN_MIN = "formula.editor.column.min";
    public static final String COLUMN_MAX = "formula.editor.column.max";
    /** {0}: the text typed, {1}: the parameter. */
    public static final String NOT_A_NUMBER = "formula.editor.notANumber";
    /** {0}: the lower end, {1}: the upper end. */
    public static final String RANGE_ORDER = "formula.editor.rangeOrder";

    /** The curves tab's list of typed formulas. */
    public static final String CURVES_ADD = "curves.formulas.add";
    public static final String CURVES_ADD_HELP = "curves.formulas.add.help";
    public static final String CURVES_EDIT = "curves.formulas.edit";
    public static final String CURVES_DONE = "curves.formulas.done";
    public static final String CURVES_REMOVE = "curves.formulas.remove";
    public static final String CURVES_SAVE = "curves.formulas.save";
    public static final String CURVES_SAVED = "curves.formulas.saved";
    /** {0}: the formula. */
    public static final String CURVES_TAKEN = "curves.formulas.taken";

    private FormulaKeys() {
    }
}
