package org.activationlab.ui.curves;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activationlab.model.ActivationInfo;
import org.activationlab.plot.Theme;
import org.activationlab.ui.Styles;
import org.activationlab.ui.controls.FormulaView;
import org.activationlab.ui.WhileInScene;

/**
 * The typeset formula and derivative of every plotted function, in plot order, each under its
 * swatch and name.
 */
final class FormulaList {
    /** Formulas are typeset this much larger than the body text. */
    private static final double FORMULA_SCALE = 1.3;

    private final CurvesViewModel model;
    private final ObservableValue<Theme> theme;
    private final VBox cards = new VBox();
    private final ScrollPane root = new ScrollPane(cards);
    private final Label sizeProbe = new Label();
    private final DoubleBinding formulaSize;

    FormulaList(CurvesViewModel model, ObservableValue<Theme> theme) {
        this.model = model;
        this.theme = theme;
        cards.getStyleClass().add(Styles.FORMULA_LIST);
        root.setFitToWidth(true);
        root.getStyleClass().add(Styles.FORMULA_SCROLL);
        formulaSize = Bindings.createDoubleBinding(() -> sizeProbe.getFont().getSize() * FORMULA_SCALE,
                sizeProbe.fontProperty());
        sizeProbe.setManaged(false);
        sizeProbe.setVisible(false);
        showCards();
        WhileInScene.of(root, model.stateProperty()).addListener((obs, old, now) -> {
            if (!old.plotted().equals(now.plotted())) {
                showCards();
            }
        });
    }

    Node root() {
        return root;
    }

    private void showCards() {
        cards.getChildren().setAll(sizeProbe);
        model.getState().plotted().forEach((name, slot) -> {
            ActivationInfo info = model.getState().activation(name).info();
            Label title = new Label(info.displayName());
            title.getStyleClass().add(Styles.READOUT_NAME);
            HBox header = new HBox(SeriesSwatch.of(slot, theme), title);
            header.setAlignment(Pos.CENTER_LEFT);
            header.getStyleClass().add("parameters-header");
            VBox card = new VBox(header, formula(info.formulaLatex()), formula(info.derivativeLatex()));
            card.getStyleClass().add(Styles.FORMULA_CARD);
            cards.getChildren().add(card);
        });
    }

    private FormulaView formula(String latex) {
        FormulaView view = new FormulaView();
        view.fontSizeProperty().bind(formulaSize);
        view.setLatex(latex);
        return view;
    }
}
