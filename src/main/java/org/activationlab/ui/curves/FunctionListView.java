package org.activationlab.ui.curves;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.plot.Theme;
import org.activationlab.ui.FunctionSearch;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.WhileInScene;
import org.controlsfx.control.textfield.TextFields;

/**
 * Which functions are plotted: a search field and every catalogue function with a check box and
 * the swatch of its curve. Space or Enter toggles the highlighted function.
 */
final class FunctionListView {
    /** Rows visible without scrolling. */
    private static final int VISIBLE_ROWS = 9;

    private final CurvesViewModel model;
    private final ObservableValue<Theme> theme;
    private final TextField search = TextFields.createClearableTextField();
    private final FilteredList<Activation> shown = new FilteredList<>(FXCollections.observableArrayList(Catalogue.all()));
    private final ListView<Activation> list = new ListView<>(shown);
    private final Label empty = new Label(Messages.get(TextKeys.CURVES_NO_MATCH));
    private final VBox root = new VBox();

    FunctionListView(CurvesViewModel model, ObservableValue<Theme> theme) {
        this.model = model;
        this.theme = theme;
        createView();
        initListeners();
    }

    Node root() {
        return root;
    }

    private void createView() {
        search.setPromptText(Messages.get(TextKeys.SEARCH_PROMPT));
        search.setAccessibleText(Messages.get(TextKeys.SEARCH_PROMPT));
        search.getStyleClass().addAll(Styles.SEARCH_FIELD, Styles.FUNCTION_SEARCH);
        list.getStyleClass().add(Styles.FUNCTION_LIST);
        list.setCellFactory(v -> new FunctionCell(model, theme));
        list.setPlaceholder(empty);
        list.prefHeightProperty().bind(list.fixedCellSizeProperty().multiply(VISIBLE_ROWS).add(2));
        empty.setWrapText(true);
        root.getStyleClass().add("function-chooser");
        root.getChildren().addAll(search, list);
    }

    private void initListeners() {
        search.textProperty().addListener((obs, old, text) -> shown.setPredicate(FunctionSearch.matching(text)));
        WhileInScene.of(root, model.stateProperty()).addListener((obs, old, now) -> {
            if (!old.plotted().equals(now.plotted())) {
                list.refresh();
            }
        });
        list.setOnKeyPressed(e -> {
            Activation focused = list.getFocusModel().getFocusedItem();
            if (focused != null && (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER)) {
                model.plot(focused.name(), !model.getState().plotted().containsKey(focused.name()));
                e.consume();
            }
        });
    }
}
