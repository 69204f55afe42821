package org.activationlab.ui.library;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.activationlab.model.ActivationSpec;
import org.activationlab.ui.Messages;
import org.activationlab.ui.controls.ShownAs;

/**
 * A combo box of {@link ActivationChoices}: the built-in functions under their display names,
 * then the user's library formulas under their names, each tagged as the user's. It shows a
 * model value (a function not in the list, such as a formula from a session, shows under its
 * display name) and sends a pick of another function to the model; the list follows the library.
 */
public final class ActivationPicker {
    /** The style class of the tag that marks the user's formulas. */
    public static final String YOURS_TAG = "yours-tag";

    private final ComboBox<ActivationChoice> box = new ComboBox<>();
    private ActivationSpec shown;
    private boolean showing;
    /** Shows the model value again when the list changes (held here: the list holds it weakly, as it outlives views). */
    private final ListChangeListener<ActivationChoice> followChoices = change -> show(shown);

    /**
     * @param choices the functions offered (followed as they change)
     * @param current the model value shown first
     * @param pick what a pick of another function sends, with that function's default parameters
     */
    public ActivationPicker(ObservableList<ActivationChoice> choices, ActivationSpec current,
                            Consumer<ActivationSpec> pick) {
        box.setItems(choices);
        box.setCellFactory(list -> new ChoiceCell(true));
        box.setButtonCell(new ChoiceCell(false));
        // the name shown for a value not in the list (a formula from a session or a lesson), as the cells show it
        box.setConverter(ShownAs.names(ActivationChoice::label));
        box.setMaxWidth(Double.MAX_VALUE);
        show(current);
        box.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null && !now.names(shown)) {
                pick.accept(now.spec());
            }
        });
        choices.addListener(new WeakListChangeListener<>(followChoices));
    }

    /** Shows {@code value} as the picked function. */
    public void show(ActivationSpec value) {
        shown = value;
        ActivationChoice choice = box.getItems().stream().filter(c -> c.names(value)).findFirst()
                .orElseGet(() -> ActivationChoice.of(value));
        showing = true;
        try {
            box.setValue(choice);
        } finally {
            showing = false;
        }
    }

    /** The combo box, to place in a layout (and for tests). */
    public ComboBox<ActivationChoice> comboBox() {
        return box;
    }

    /**
     * A choice's label; in the list, a tag after the user's formulas (the closed box, narrow in a
     * sidebar, gives all its room to the name and names the formula in its tooltip).
     */
    private static final class ChoiceCell extends ListCell<ActivationChoice> {
        private final boolean tagged;

        ChoiceCell(boolean tagged) {
            this.tagged = tagged;
        }

        @Override
        protected void updateItem(ActivationChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(item.label());
            setTooltip(item.yours() ? new Tooltip(item.label() + "\n" + item.spec().name()) : null);
            if (tagged && item.yours()) {
                Label tag = new Label(Messages.get(LibraryKeys.YOURS));
                tag.getStyleClass().add(YOURS_TAG);
                setGraphic(tag);
                setContentDisplay(ContentDisplay.RIGHT);
            } else {
                setGraphic(null);
            }
        }
    }
}
