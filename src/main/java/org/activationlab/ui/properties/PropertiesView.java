package org.activationlab.ui.properties;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationlab.model.ActivationProperties;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.WhileInScene;
import org.activationlab.ui.library.ActivationPicker;
import org.activationlab.ui.library.LibraryKeys;
import org.controlsfx.control.textfield.TextFields;

/**
 * The properties tab: a search field and the table of computed properties on the left, the
 * selected function's formula, parameters and details on the right. The search field and the
 * table's selection show the view model's state and send what the user does as intents.
 */
public final class PropertiesView {
    /** Share of the width the table takes at start; a wider window widens the table only. */
    private static final double TABLE_SHARE = 0.6;

    private final PropertiesViewModel model;
    private final TextField search = TextFields.createClearableTextField();
    private final PropertiesTable table;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label placeholderText = new Label();
    private final FunctionDetailsView details;
    private final SplitPane root = new SplitPane();

    public PropertiesView(PropertiesViewModel model) {
        this.model = model;
        this.table = new PropertiesTable(model.visibleRows(), model.rows(), this::yoursTag);
        this.details = new FunctionDetailsView(model);
        createView();
        initListeners();
    }

    /** The tag before a library formula's name (with the entry's name as tooltip), nothing before a catalogue function's. */
    private Node yoursTag(ActivationProperties row) {
        return model.yours(row.activation()).<Node>map(name -> {
            Label tag = new Label(Messages.get(LibraryKeys.YOURS));
            tag.getStyleClass().add(ActivationPicker.YOURS_TAG);
            tag.setTooltip(new Tooltip(name));
            return tag;
        }).orElse(null);
    }

    /** The node to put in the tab. */
    public Node root() {
        return root;
    }

    private void createView() {
        search.setPromptText(Messages.get(TextKeys.SEARCH_PROMPT));
        search.setAccessibleText(Messages.get(TextKeys.SEARCH_PROMPT));
        search.getStyleClass().add(Styles.SEARCH_FIELD);
        placeholderText.setWrapText(true);
        VBox placeholder = new VBox(progress, placeholderText);
        placeholder.getStyleClass().add("table-placeholder");
        placeholder.setAlignment(Pos.CENTER);
        table.table().setPlaceholder(placeholder);
        VBox.setVgrow(table.table(), Priority.ALWAYS);
        VBox left = new VBox(search, table.table());
        left.getStyleClass().add("table-side");
        root.getItems().addAll(left, details.root());
        root.getStyleClass().add(Styles.PROPERTIES_VIEW);
        root.setDividerPositions(TABLE_SHARE);
        SplitPane.setResizableWithParent(details.root(), false);
    }

    private void initListeners() {
        search.setText(model.getState().filter());
        search.textProperty().addListener((obs, old, text) -> model.setFilter(text == null ? "" : text));
        WhileInScene.of(root, model.stateProperty()).addListener((obs, old, now) -> {
            if (!now.filter().equals(search.getText())) {
                search.setText(now.filter());
            }
        });
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        placeholderText.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(Messages.get(TextKeys.TABLE_LOADING)).otherwise(Messages.get(TextKeys.TABLE_PLACEHOLDER)));
        progress.progressProperty().bind(model.progressProperty());
        TableView<ActivationProperties> view = table.table();
        view.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.select(row.activation().name());
            }
        });
        WhileInScene.of(root, model.selectedProperty()).addListener((obs, old, selected) -> {
            if (selected != null && view.getSelectionModel().getSelectedItem() != selected) {
                view.getSelectionModel().select(selected);
                if (old == null || !old.activation().name().equals(selected.activation().name())) {
                    view.scrollTo(selected);
                }
            }
        });
        if (model.getSelected() != null) {
            view.getSelectionModel().select(model.getSelected());
        }
    }
}
