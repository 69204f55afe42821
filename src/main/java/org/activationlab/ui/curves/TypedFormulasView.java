package org.activationlab.ui.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.FormulaSpec;
import org.activationlab.plot.Theme;
import org.activationlab.ui.DialogStyle;
import org.activationlab.ui.Messages;
import org.activationlab.ui.WhileInScene;
import org.activationlab.ui.controls.FormulaDefinition;
import org.activationlab.ui.controls.FormulaEditor;
import org.activationlab.ui.controls.FormulaEditorModel;
import org.activationlab.ui.controls.FormulaKeys;
import org.activationlab.ui.library.FunctionLibrary;
import org.activationlab.ui.library.LibraryEntry;
import org.activationlab.ui.library.LibraryKeys;

/**
 * The formulas the user typed, under the catalogue's list: each with a check box that plots it,
 * the swatch of its curve, its text, and buttons to edit and remove it; and a button that adds
 * one. Editing opens a {@link FormulaEditor} in place: every text that parses replaces the
 * formula in the tab's state at once (so its curve follows the typing), a text that does not
 * parse leaves the last good one drawn.
 */
final class TypedFormulasView {
    /** Style class of one formula's entry. */
    static final String ENTRY = "typed-formula";

    private final CurvesViewModel model;
    private final ObservableValue<Theme> theme;
    private final FunctionLibrary library;
    private final VBox entries = new VBox();
    private final Button add = new Button(Messages.get(FormulaKeys.CURVES_ADD));
    private final VBox root = new VBox(entries, add);
    /** The entries shown, each following one formula; one being typed for the first time has no name yet. */
    private final List<Entry> shown = new ArrayList<>();

    TypedFormulasView(CurvesViewModel model, ObservableValue<Theme> theme, FunctionLibrary library) {
        this.model = model;
        this.library = library;
        this.theme = theme;
        root.getStyleClass().add("typed-formulas");
        entries.getStyleClass().add("typed-formula-entries");
        add.getStyleClass().add("add-formula");
        add.setTooltip(new Tooltip(Messages.get(FormulaKeys.CURVES_ADD_HELP)));
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> {
            Entry entry = new Entry(null);
            shown.add(entry);
            entry.edit(true);
            showEntries(model.getState());
            entry.editor.field().requestFocus();
        });
        showEntries(model.getState());
        WhileInScene.of(root, model.stateProperty()).addListener((obs, old, now) -> showEntries(now));
    }

    Node root() {
        return root;
    }

    /**
     * One entry per formula of {@code state} in its order (an entry keeps following its formula
     * while it is renamed by typing), then the new ones that have not parsed yet.
     */
    private void showEntries(CurvesState state) {
        List<Entry> next = new ArrayList<>();
        for (String name : state.formulas()) {
            Entry entry = shown.stream().filter(e -> name.equals(e.name)).findFirst().orElseGet(() -> new Entry(name));
            entry.show(state);
            next.add(entry);
        }
        shown.stream().filter(e -> e.name == null).forEach(next::add);
        shown.clear();
        shown.addAll(next);
        entries.getChildren().setAll(shown.stream().map(e -> e.box).toList());
    }

    /** One typed formula: its header line and, while it is edited, its editor. */
    private final class Entry {
        private final CheckBox plot = new CheckBox();
        private final SeriesSwatch swatch = new SeriesSwatch(theme);
        private final Label text = new Label();
        private final Button editButton = new Button(Messages.get(FormulaKeys.CURVES_EDIT));
        private final Button remove = new Button(Messages.get(FormulaKeys.CURVES_REMOVE));
        private final VBox box = new VBox();
        private final HBox header;
        /** The formula's name in the state; null until its text first parses. */
        private String name;
        private FormulaEditor editor;
        private final Button save = new Button(Messages.get(FormulaKeys.CURVES_SAVE));
        private final Label saved = new Label();
        private final HBox saveRow = new HBox(8, save, saved);

        Entry(String name) {
            this.name = name;
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.getStyleClass().add("typed-formula-text");
            editButton.setMinWidth(Region.USE_PREF_SIZE);
            remove.setMinWidth(Region.USE_PREF_SIZE);
            header = new HBox(plot, swatch, text, editButton, remove);
            header.setAlignment(Pos.CENTER_LEFT);
            header.getStyleClass().add("function-cell-content");
            box.getStyleClass().add(ENTRY);
            box.getChildren().add(header);
            plot.setOnAction(e -> {
                if (this.name != null) {
                    model.plot(this.name, plot.isSelected());
                }
            });
            editButton.setOnAction(e -> edit(editor == null || !editor.isVisible()));
            save.getStyleClass().add("save-formula");
            save.setMinWidth(Region.USE_PREF_SIZE);
            saved.setWrapText(true);
            saved.getStyleClass().add("formula-saved");
            saveRow.setAlignment(Pos.CENTER_LEFT);
            saveRow.managedProperty().bind(saveRow.visibleProperty());
            saveRow.setVisible(false);
            save.setOnAction(e -> askName().ifPresent(this::saveAs));
            remove.setOnAction(e -> {
                if (this.name == null) {
                    shown.remove(this);
                    showEntries(model.getState());
                } else {
                    model.removeFormula(this.name);
                }
            });
        }

        void show(CurvesState state) {
            plot.setSelected(state.plotted().containsKey(name));
            plot.setAccessibleText(name);
            swatch.show(state.colour(name));
            text.setText(name);
            text.setTooltip(new Tooltip(name));
        }

        /** Opens or closes the editor. */
        void edit(boolean open) {
            if (open && editor == null) {
                FormulaEditorModel editing = new FormulaEditorModel(d -> model.getState().refusal(name, d));
                if (name != null) {
                    editing.load(model.getState().formulaDefinition(name));
                }
                editing.definitionProperty().addListener((obs, old, now) -> define(now));
                editor = new FormulaEditor(editing);
                editor.managedProperty().bind(editor.visibleProperty());
                box.getChildren().addAll(editor, saveRow);
            }
            if (editor != null) {
                editor.setVisible(open);
                saveRow.setVisible(open);
                saved.setText("");
            }
            editButton.setText(Messages.get(open ? FormulaKeys.CURVES_DONE : FormulaKeys.CURVES_EDIT));
            plot.setDisable(name == null);
        }

        /** Asks the name the formula gets in the user's library (the formula itself, to start with). */
        private Optional<String> askName() {
            TextInputDialog input = new TextInputDialog(name);
            input.initOwner(root.getScene().getWindow());
            input.setTitle(Messages.get(FormulaKeys.CURVES_SAVE).replace("\u2026", ""));
            input.setHeaderText(null);
            input.setContentText(Messages.get(LibraryKeys.NAME));
            DialogStyle.apply(input.getDialogPane(), root.getScene().getWindow());
            return input.showAndWait().map(String::strip);
        }

        /** Saves the formula as it stands (its defaults and current values) to the library under {@code entryName}. */
        private void saveAs(String entryName) {
            try {
                LibraryEntry entry = new LibraryEntry(entryName, "",
                        (FormulaSpec) ActivationSpec.of(model.getState().activations().get(name)));
                library.add(entry);
                saved.setText(Messages.format(FormulaKeys.CURVES_SAVED, entryName));
            } catch (IllegalArgumentException e) {
                saved.setText(e.getMessage());
            }
        }

        /** The typed formula parsed: it takes this entry's place in the state (its name is set first, so the entry follows). */
        private void define(FormulaDefinition definition) {
            String old = name;
            name = definition.name();
            try {
                model.defineFormula(old, definition);
            } catch (IllegalArgumentException e) {
                name = old;
                throw e;
            }
            plot.setDisable(false);
        }
    }
}
