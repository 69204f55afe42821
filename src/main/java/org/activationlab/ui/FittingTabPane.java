package org.activationlab.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.util.StringConverter;

/**
 * A tab pane whose row of tab headers never cuts a name, at any width and text scale. Where the
 * headers fit as styled, they show as usual; where they do not, they first lose some padding
 * ({@link #COMPACT}); where even that does not fit, the row gives way to a list above the
 * content that shows the selected tab's whole name and offers every tab ({@link #AS_LIST}).
 * JavaFX's own answer, an overflow menu beside a row that scrolls, shows the names at its edges
 * cut in half ("Dep"); it never appears here.
 *
 * <p>The fit follows the width and the font only: after each layout whose width or font differs
 * from the last one, the headers are measured at both paddings (the {@code .tab-header-area},
 * {@code .headers-region} and {@code .tab} nodes are the substructure that the JavaFX CSS
 * reference documents), so that a layout never depends on the fit it replaces.
 */
public final class FittingTabPane extends TabPane {
    /** Style class of every tab while the headers are compact. */
    public static final String COMPACT = "compact";
    /** Style class of the tab pane while its row of headers is hidden and the list stands in for it. */
    public static final String AS_LIST = "tab-row-as-list";
    /** Style class of the list that stands in for the row, and of the row around it. */
    public static final String LIST = "tab-list";
    public static final String LIST_ROW = "tab-list-row";
    /**
     * Room JavaFX keeps free beside the headers when it decides whether they fit (TabPaneSkin's
     * spacer; it also keeps the overflow menu's width free, shown or not).
     */
    private static final double SPACER = 10;

    /** How the tab headers are shown. */
    enum Fit { FULL, COMPACT, LIST }

    private final ChoiceBox<Tab> list = new ChoiceBox<>();
    private final StackPane listRow = new StackPane(list);
    private final VBox root;
    private Fit fit = Fit.FULL;
    private double fittedWidth = -1;
    private Font fittedFont;
    /** Refits after each layout: a change made during the layout pass could be lost. */
    private final Runnable afterLayout = this::refit;

    public FittingTabPane() {
        list.getStyleClass().add(LIST);
        list.setItems(getTabs());
        list.setConverter(new StringConverter<>() {
            @Override
            public String toString(Tab tab) {
                return tab == null ? "" : tab.getText();
            }

            @Override
            public Tab fromString(String text) {
                return getTabs().stream().filter(t -> t.getText().equals(text)).findFirst().orElse(null);
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> list.setValue(tab));
        list.valueProperty().addListener((obs, old, tab) -> {
            if (tab != null && tab != getSelectionModel().getSelectedItem()) {
                getSelectionModel().select(tab);
            }
        });
        list.setMaxWidth(Double.MAX_VALUE);
        listRow.getStyleClass().add(LIST_ROW);
        VBox.setVgrow(this, Priority.ALWAYS);
        root = new VBox(listRow, this);
        showList(false);
        sceneProperty().addListener((obs, old, scene) -> followLayout(old, scene));
    }

    /** The node to put in a scene: the tab pane under the list that stands in for its row when that is too narrow. */
    public Parent root() {
        return root;
    }

    /** How the headers are shown now, for tests. */
    Fit fit() {
        return fit;
    }

    private void followLayout(Scene old, Scene scene) {
        if (old != null) {
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    /** Chooses the fit again where the width or the headers' font changed since the last choice. */
    private void refit() {
        Optional<Region> area = child(this, "tab-header-area");
        Optional<Region> region = area.flatMap(a -> child(a, "headers-region"));
        Node label = region.map(r -> r.lookup(".tab-label")).orElse(null);
        if (region.isEmpty() || !(label instanceof Label tabLabel) || getWidth() <= 0) {
            return;
        }
        Region headers = region.get();
        if (getWidth() == fittedWidth && tabLabel.getFont().equals(fittedFont)) {
            return;
        }
        double menu = child(area.get(), "control-buttons-tab").map(m -> m.prefWidth(-1)).orElse(0.0);
        double room = getWidth() - area.get().snappedLeftInset() - area.get().snappedRightInset() - SPACER - menu;
        Fit chosen = widthAt(headers, false) <= room ? Fit.FULL
                : widthAt(headers, true) <= room ? Fit.COMPACT : Fit.LIST;
        setCompact(chosen != Fit.FULL);
        headers.applyCss();
        showList(chosen == Fit.LIST);
        fit = chosen;
        fittedWidth = getWidth();
        fittedFont = tabLabel.getFont();
    }

    /** The width the headers want, compact or not. */
    private double widthAt(Region headers, boolean compact) {
        setCompact(compact);
        headers.applyCss();
        return headers.prefWidth(-1);
    }

    /** The child of {@code parent} with {@code styleClass} (of this pane's skin, not of a pane inside a tab). */
    private static Optional<Region> child(Parent parent, String styleClass) {
        return parent.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Region && n.getStyleClass().contains(styleClass))
                .map(Region.class::cast).findFirst();
    }

    private void setCompact(boolean compact) {
        for (Tab tab : getTabs()) {
            List<String> classes = tab.getStyleClass();
            if (compact && !classes.contains(COMPACT)) {
                classes.add(COMPACT);
            } else if (!compact) {
                classes.remove(COMPACT);
            }
        }
    }

    private void showList(boolean shown) {
        listRow.setVisible(shown);
        listRow.setManaged(shown);
        if (shown && !getStyleClass().contains(AS_LIST)) {
            getStyleClass().add(AS_LIST);
        } else if (!shown) {
            getStyleClass().remove(AS_LIST);
        }
    }
}
