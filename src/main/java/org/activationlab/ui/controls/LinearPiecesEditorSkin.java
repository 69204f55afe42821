package org.activationlab.ui.controls;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationlab.model.Activation;
import org.activationlab.model.Parameter;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks of {@link LinearPiecesEditor}: a piece counter with minus and plus buttons, a presets menu,
 * and one slope and one intercept {@link ParameterEditor} per piece.
 */
final class LinearPiecesEditorSkin extends WrappingSkin<LinearPiecesEditor> {
    private final Button remove = new Button("\u2212");
    private final Button add = new Button("+");
    private final Label count = new Label();
    private final MenuButton presets = new MenuButton(Messages.get(TextKeys.PIECES_PRESETS));
    private final Label caption = new Label(Messages.get(TextKeys.PIECES_CAPTION));
    private final GridPane pieces = new GridPane();
    private final List<ParameterEditor> editors = new ArrayList<>();

    LinearPiecesEditorSkin(LinearPiecesEditor control) {
        super(control);
        createView();
        initListeners();
        showPieces();
    }

    private void createView() {
        remove.getStyleClass().add(Styles.REMOVE_PIECE);
        remove.setTooltip(new Tooltip(Messages.get(TextKeys.PIECES_REMOVE)));
        remove.setAccessibleText(Messages.get(TextKeys.PIECES_REMOVE));
        add.getStyleClass().add(Styles.ADD_PIECE);
        add.setTooltip(new Tooltip(Messages.get(TextKeys.PIECES_ADD)));
        add.setAccessibleText(Messages.get(TextKeys.PIECES_ADD));
        count.getStyleClass().add(Styles.PIECE_COUNT);
        presets.getStyleClass().add(Styles.PIECES_PRESETS);
        for (PiecesPreset preset : PiecesPreset.values()) {
            MenuItem item = new MenuItem(Messages.get(preset.textKey()));
            item.setOnAction(e -> getSkinnable().applyPreset(preset));
            presets.getItems().add(item);
        }
        Label piecesLabel = new Label(Messages.get(TextKeys.PIECES_COUNT));
        piecesLabel.getStyleClass().add(Styles.PARAMETER_NAME);
        piecesLabel.setMinWidth(Region.USE_PREF_SIZE);
        presets.setMinWidth(Region.USE_PREF_SIZE);
        HBox counter = new HBox(remove, count, add);
        counter.setAlignment(Pos.CENTER_LEFT);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        counter.getStyleClass().add("pieces-counter");
        // A narrow sidebar (a large presentation scale) puts the counter or the menu on the next line
        // instead of shortening "Pieces k" or "Presets".
        FlowPane header = new FlowPane(piecesLabel, counter, presets);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pieces-header");
        caption.getStyleClass().add(Styles.CAPTION);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints editorsColumn = new ColumnConstraints();
        editorsColumn.setHgrow(Priority.ALWAYS);
        editorsColumn.setFillWidth(true);
        pieces.getColumnConstraints().addAll(labels, editorsColumn);
        pieces.getStyleClass().add("pieces-list");
        caption.setWrapText(true);
        setContent(new VBox(header, caption, pieces));
    }

    private void initListeners() {
        LinearPiecesEditor control = getSkinnable();
        remove.setOnAction(e -> control.removePiece());
        add.setOnAction(e -> control.addPiece());
        registerChangeListener(control.activationProperty(), e -> followActivation());
    }

    /** Rebuilds one row pair per piece. */
    private void showPieces() {
        LinearPiecesEditor control = getSkinnable();
        int k = control.getPieceCount();
        count.setText(Integer.toString(k));
        remove.setDisable(k <= control.getMinPieces());
        add.setDisable(k >= control.getMaxPieces());
        pieces.getChildren().clear();
        editors.clear();
        for (int i = 1; i <= k; i++) {
            Label label = new Label(Messages.format(TextKeys.PIECES_PIECE, Integer.toString(i)));
            label.getStyleClass().add(Styles.PIECE_LABEL);
            label.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(label, VPos.TOP);
            ParameterEditor slope = pieceEditor(getSkinnable().getPieces().slopeParameter(i - 1));
            ParameterEditor intercept = pieceEditor(getSkinnable().getPieces().interceptParameter(i - 1));
            pieces.add(label, 0, 2 * (i - 1), 1, 2);
            pieces.add(slope, 1, 2 * (i - 1));
            pieces.add(intercept, 1, 2 * (i - 1) + 1);
        }
    }

    /** An editor of one piece's slope or intercept that sends the activation with the new value to the control. */
    private ParameterEditor pieceEditor(String key) {
        LinearPiecesEditor control = getSkinnable();
        Activation shown = control.getActivation();
        Parameter parameter = shown.parameters().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
        ParameterEditor editor = new ParameterEditor(parameter, shown.parameterValues().get(key),
                (k, v) -> control.setActivation(control.getActivation().with(k, v)));
        editor.setCaptionVisible(false);
        editors.add(editor);
        return editor;
    }

    /** Rebuilds the pieces when k changed, otherwise shows the newest values in the piece editors. */
    private void followActivation() {
        Activation current = getSkinnable().getActivation();
        if (editors.size() != 2 * getSkinnable().getPieceCount()) {
            showPieces();
            return;
        }
        for (ParameterEditor editor : editors) {
            double value = current.parameterValues().get(editor.getKey());
            if (Double.compare(editor.getValue(), value) != 0) {
                editor.show(value);
            }
        }
    }
}
