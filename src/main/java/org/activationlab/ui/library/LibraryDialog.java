package org.activationlab.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.activationlab.export.ExportException;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.formula.FormulaException;
import org.activationlab.ui.DialogStyle;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.controls.FormulaView;

/**
 * File &gt; Functions Library: the user's formulas (name, typeset formula, description) with
 * Rename, Describe and Delete, Import and Export of a file to share with a class, and a form to
 * add a formula by typing it, its parse error shown under the field as one types.
 */
public final class LibraryDialog {
    /** The dialog pane's id. */
    public static final String ID = "library-dialog";
    private static final double FORMULA_SIZE = 15;

    private final FunctionLibrary library;
    private final LibraryFileChooser files;
    private final ImportQuestion question;
    private final ListView<LibraryEntry> list = new ListView<>();
    private final TextField name = new TextField();
    private final TextField formula = new TextField();
    private final TextField description = new TextField();
    private final Label formulaError = Labels.wrapped("");
    private final Label status = Labels.wrapped("");
    private final Button add = new Button(Messages.get(LibraryKeys.ADD));
    private final Button rename = new Button(Messages.get(LibraryKeys.RENAME));
    private final Button describe = new Button(Messages.get(LibraryKeys.DESCRIBE));
    private final Button delete = new Button(Messages.get(LibraryKeys.DELETE));
    private final Button importButton = new Button(Messages.get(LibraryKeys.IMPORT));
    private final Button exportButton = new Button(Messages.get(LibraryKeys.EXPORT));
    private final VBox root = new VBox(8);

    /**
     * @param library the library shown and changed
     * @param files asks which file to import and where to export
     * @param question asks how to settle an import's broken entries and name conflicts
     */
    public LibraryDialog(FunctionLibrary library, LibraryFileChooser files, ImportQuestion question) {
        this.library = library;
        this.files = files;
        this.question = question;
        createView();
        initListeners();
    }

    /** The dialog of the user's standard library, asking with the platform's dialogs. */
    public static LibraryDialog standard() {
        return new LibraryDialog(FunctionLibrary.standard(), new NativeLibraryFileChooser(), ImportQuestion.dialog());
    }

    /** Shows the dialog over {@code owner} (not modal: the tabs follow its changes while it is open). */
    public void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(Messages.get(LibraryKeys.TITLE));
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        DialogStyle.apply(dialog.getDialogPane(), owner);
        dialog.show();
    }

    /** The dialog's content. */
    public Node root() {
        return root;
    }

    private void createView() {
        list.setId("library-list");
        list.setItems(library.entries());
        list.setCellFactory(view -> new EntryCell());
        list.setPlaceholder(Labels.wrapped(Messages.get(LibraryKeys.EMPTY)));
        list.setPrefSize(560, 280);
        VBox.setVgrow(list, Priority.ALWAYS);
        rename.setId("library-rename");
        describe.setId("library-describe");
        delete.setId("library-delete");
        importButton.setId("library-import");
        exportButton.setId("library-export");
        FlowPane commands = new FlowPane(6, 6, rename, describe, delete, importButton, exportButton);
        name.setId("library-name");
        formula.setId("library-formula");
        description.setId("library-description");
        formulaError.setId("library-formula-error");
        formulaError.getStyleClass().add(Styles.ERROR_MESSAGE);
        status.setId("library-status");
        add.setId("library-add");
        add.setDisable(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        form.addRow(0, label(LibraryKeys.NAME, name), name);
        form.addRow(1, label(LibraryKeys.FORMULA, formula), formula);
        form.add(formulaError, 1, 2);
        form.addRow(3, label(LibraryKeys.DESCRIPTION, description), description);
        form.add(add, 1, 4);
        GridPane.setHgrow(formula, Priority.ALWAYS);
        root.getChildren().addAll(list, commands, form, status);
        root.setPadding(new Insets(4));
    }

    private static Label label(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        return label;
    }

    private void initListeners() {
        formula.textProperty().addListener((obs, old, now) -> checkForm());
        name.textProperty().addListener((obs, old, now) -> checkForm());
        add.setOnAction(e -> addEntry());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showSelection());
        showSelection();
        rename.setOnAction(e -> selected().ifPresent(this::renameEntry));
        describe.setOnAction(e -> selected().ifPresent(this::describeEntry));
        delete.setOnAction(e -> selected().ifPresent(entry -> library.remove(entry.name())));
        importButton.setOnAction(e -> files.chooseImport(window()).ifPresent(this::importFile));
        exportButton.setOnAction(e -> files.chooseExport(window()).ifPresent(this::exportFile));
        library.onProblem(status::setText);
        if (!library.loadProblems().isEmpty()) {
            status.setText(Messages.format(LibraryKeys.LOAD_PROBLEMS, String.join("\n", library.loadProblems())));
        }
    }

    /** Shows the parse error of the typed formula under its field, and lets Add work once name and formula are good. */
    private void checkForm() {
        Optional<String> problem = formulaProblem(formula.getText());
        formulaError.setText(problem.orElse(""));
        add.setDisable(problem.isPresent() || formula.getText().isBlank() || name.getText().isBlank());
    }

    /** What is wrong with {@code text} as a formula of x, in the current language; empty when it is good or blank. */
    static Optional<String> formulaProblem(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            ActivationSpec.formula(text, Map.of());
            return Optional.empty();
        } catch (FormulaException e) {
            return Optional.of(e.message(Locale.getDefault()));
        }
    }

    private void addEntry() {
        try {
            library.add(LibraryEntry.of(name.getText(), description.getText().strip(), formula.getText().strip(),
                    Map.of()));
            name.clear();
            formula.clear();
            description.clear();
            status.setText("");
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    private void showSelection() {
        boolean none = selected().isEmpty();
        rename.setDisable(none);
        describe.setDisable(none);
        delete.setDisable(none);
    }

    private Optional<LibraryEntry> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void renameEntry(LibraryEntry entry) {
        ask(LibraryKeys.RENAME, LibraryKeys.NAME, entry.name()).ifPresent(newName -> {
            try {
                library.rename(entry.name(), newName);
            } catch (IllegalArgumentException e) {
                status.setText(e.getMessage());
            }
        });
    }

    private void describeEntry(LibraryEntry entry) {
        ask(LibraryKeys.DESCRIBE, LibraryKeys.DESCRIPTION, entry.description())
                .ifPresent(text -> library.describe(entry.name(), text.strip()));
    }

    private Optional<String> ask(String titleKey, String fieldKey, String value) {
        TextInputDialog input = new TextInputDialog(value);
        input.initOwner(window());
        input.setTitle(Messages.get(titleKey).replace("\u2026", ""));
        input.setHeaderText(null);
        input.setContentText(Messages.get(fieldKey));
        DialogStyle.apply(input.getDialogPane(), window());
        return input.showAndWait();
    }

    private void importFile(Path file) {
        LibraryLoad load = FunctionLibraryFile.read(file);
        if (load.entries().isEmpty()) {
            status.setText(Messages.get(LibraryKeys.IMPORT_NOTHING) + "\n" + String.join("\n", load.problems()));
            return;
        }
        List<String> conflicts = LibraryMerge.conflicts(library.entries(), load.entries());
        Optional<LibraryMerge.Policy> policy = load.intact() && conflicts.isEmpty()
                ? Optional.of(LibraryMerge.Policy.SKIP)
                : question.ask(window(), load.problems(), conflicts);
        policy.ifPresent(p -> {
            LibraryMerge.Result result = LibraryMerge.merge(library.entries(), load.entries(), p);
            library.setAll(result.entries());
            status.setText(Messages.format(LibraryKeys.IMPORT_DONE, Integer.toString(result.added()),
                    Integer.toString(result.replaced()), Integer.toString(result.skipped()),
                    Integer.toString(result.alreadyThere()), Integer.toString(load.problems().size())));
        });
    }

    private void exportFile(Path file) {
        try {
            FunctionLibraryFile.write(file, List.copyOf(library.entries()));
            status.setText(Messages.format(LibraryKeys.EXPORT_DONE, Integer.toString(library.entries().size()), file));
        } catch (ExportException e) {
            status.setText(e.getMessage());
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** An entry: its name, its formula typeset, and its description. */
    private static final class EntryCell extends ListCell<LibraryEntry> {
        @Override
        protected void updateItem(LibraryEntry item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(item.name());
            title.getStyleClass().add(Styles.SECTION_TITLE);
            FormulaView typeset = new FormulaView();
            typeset.fontSizeProperty().set(FORMULA_SIZE);
            typeset.setLatex(item.formula().resolve().formula().latex());
            VBox box = new VBox(2, title, typeset);
            box.setMinWidth(0);
            if (!item.description().isBlank()) {
                Label text = Labels.wrapped(item.description());
                text.getStyleClass().add(Styles.CAPTION);
                box.getChildren().add(text);
            }
            typeset.setAccessibleText(item.formula().name());
            setGraphic(box);
        }
    }
}
