package org.activationlab.ui.curves.gated;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;
import org.activationlab.model.Numbers;
import org.activationlab.plot.Figure;
import org.activationlab.plot.PlotTexts;
import org.activationlab.plot.SeriesTable;
import org.activationlab.plot.studies.GatedFigures;
import org.activationlab.ui.DisplayNumbers;
import org.activationlab.ui.FigureCanvas;
import org.activationlab.ui.Labels;
import org.activationlab.ui.Messages;
import org.activationlab.ui.studies.SliderRow;
import org.activationlab.ui.studies.StudyView;

/**
 * The Curves tab's two-input view of the gated units h(a, b) = a g(b): the unit and the ranges of
 * a and b on the left, with the element-wise functions its diagonal is related to and the readout
 * of the point under the mouse; on the right the map of h, the maps of its partials, the slice at
 * a = 1 and the diagonal a = b (the board's figures 0 to 3). The current figure exports as any
 * other (CSV: the grid).
 */
public final class GatedView extends StudyView {
    /** Slider steps of the ranges. */
    static final double STEP = 0.5;

    private final GatedViewModel model;
    private final ToggleGroup units = new ToggleGroup();
    private final SliderRow aMin;
    private final SliderRow aMax;
    private final SliderRow bMin;
    private final SliderRow bMax;
    private final VBox relatives = new VBox();
    private final Label readout = Labels.wrapped(Messages.get(GatedKeys.READOUT_HINT));
    private FigureCanvas surfaceCanvas;

    public GatedView(GatedViewModel model) {
        this.model = model;
        ObservableValue<GatedState> state = model.stateProperty();
        double limit = GatedState.LIMIT;
        double span = GatedState.MIN_SPAN;
        aMin = new SliderRow(Messages.get(GatedKeys.A_MIN), -limit, limit - span, STEP, state.map(GatedState::aMin),
                model::setAMin, Numbers::format);
        aMax = new SliderRow(Messages.get(GatedKeys.A_MAX), -limit + span, limit, STEP, state.map(GatedState::aMax),
                model::setAMax, Numbers::format);
        bMin = new SliderRow(Messages.get(GatedKeys.B_MIN), -limit, limit - span, STEP, state.map(GatedState::bMin),
                model::setBMin, Numbers::format);
        bMax = new SliderRow(Messages.get(GatedKeys.B_MAX), -limit + span, limit, STEP, state.map(GatedState::bMax),
                model::setBMax, Numbers::format);
        aMin.slider().setId("gated-a-min");
        aMax.slider().setId("gated-a-max");
        bMin.slider().setId("gated-b-min");
        bMax.slider().setId("gated-b-max");
        readout.setId("gated-readout");
        relatives.setId("gated-relatives");
        createView();
        initListeners();
    }

    private void createView() {
        VBox unitButtons = new VBox();
        unitButtons.getStyleClass().add("gated-units");
        for (Gate g : Gate.values()) {
            RadioButton r = new RadioButton(Messages.format(GatedKeys.UNIT_CHOICE, g.displayName(), g.gate().name()));
            r.setId("gated-unit-" + g.unitName());
            r.setUserData(g);
            r.setToggleGroup(units);
            r.setWrapText(true);
            unitButtons.getChildren().add(r);
        }
        Label title = Labels.sectionTitle(GatedKeys.TITLE);
        Label help = Labels.caption(GatedKeys.HELP);
        Label unitLabel = Labels.wrapped(Messages.get(GatedKeys.UNIT));
        Label diagonal = Labels.wrapped(Messages.get(GatedKeys.DIAGONAL));
        relatives.getStyleClass().add("gated-relatives");
        readout.getStyleClass().add("verdict");
        VBox controls = new VBox(title, help, unitLabel, unitButtons, aMin.root(), aMax.root(), bMin.root(),
                bMax.root(), readout, diagonal, relatives);
        secondary.add(help, aMin.root(), aMax.root(), bMin.root(), bMax.root(), diagonal, relatives);
        ObservableValue<GatedViewModel.Built> built = model.builtProperty();
        StackPane surface = board.add(built.map(GatedViewModel.Built::surface), this::grid,
                Messages.get(GatedKeys.SURFACE_DESCRIPTION));
        StackPane partials = board.add(built.map(GatedViewModel.Built::partials), this::grid,
                Messages.get(GatedKeys.PARTIALS_DESCRIPTION));
        StackPane slice = board.add(built.map(GatedViewModel.Built::slice), this::grid,
                Messages.get(GatedKeys.SLICE_DESCRIPTION));
        StackPane diagonalFigure = board.add(built.map(GatedViewModel.Built::diagonal), this::grid,
                Messages.get(GatedKeys.DIAGONAL_DESCRIPTION));
        surfaceCanvas = (FigureCanvas) surface.getChildren().get(0);
        surfaceCanvas.setId("gated-surface");
        ((FigureCanvas) partials.getChildren().get(0)).setId("gated-partials");
        ((FigureCanvas) slice.getChildren().get(0)).setId("gated-slice");
        ((FigureCanvas) diagonalFigure.getChildren().get(0)).setId("gated-diagonal");
        GridPane figures = new GridPane();
        figures.add(surface, 0, 0);
        figures.add(partials, 1, 0);
        figures.add(slice, 0, 1);
        figures.add(diagonalFigure, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            figures.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            figures.getRowConstraints().add(row);
        }
        figures.getStyleClass().add("study-figures");
        layOut(side(controls), figures, 0.24, "gated-view");
    }

    /** The grid behind every figure of the view, for CSV (null before the first build). */
    private SeriesTable grid() {
        GatedViewModel.Built b = model.getBuilt();
        return b == null ? null : b.grid().table();
    }

    private void initListeners() {
        units.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.setUnit((Gate) now.getUserData());
            }
        });
        surfaceCanvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> showReadout(e.getX(), e.getY()));
        surfaceCanvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> readout.setText(Messages.get(GatedKeys.READOUT_HINT)));
        follow(model.stateProperty(), this::show);
    }

    private void show(GatedState s) {
        units.getToggles().stream().filter(t -> t.getUserData() == s.unit()).findFirst().ifPresent(units::selectToggle);
        relatives.getChildren().clear();
        for (GatedFigures.Relative r : GatedFigures.relatives(s.unit())) {
            Label line = Labels.wrapped(Catalogue.get(r.function()).info().displayName() + ": "
                    + PlotTexts.get(r.explanationKey()));
            line.getStyleClass().add("caption");
            line.setId("gated-relative-" + r.function());
            relatives.getChildren().add(line);
        }
    }

    /** Shows a, b, h and the partials at the point under the mouse, if it is on the map. */
    void showReadout(double x, double y) {
        Figure shown = surfaceCanvas.getFigure();
        Optional<Point2D> point = surfaceCanvas.panelAt(x, y).map(p -> {
            java.awt.geom.Point2D data = p.toData(x, y);
            return new Point2D(data.getX(), data.getY());
        });
        if (shown == null || point.isEmpty()) {
            readout.setText(Messages.get(GatedKeys.READOUT_HINT));
            return;
        }
        Gate unit = model.getState().unit();
        double a = point.get().getX();
        double b = point.get().getY();
        readout.setText(Messages.format(GatedKeys.READOUT, DisplayNumbers.format(a), DisplayNumbers.format(b),
                DisplayNumbers.format(unit.value(a, b)), DisplayNumbers.format(unit.partialA(a, b)),
                DisplayNumbers.format(unit.partialB(a, b))));
    }

    /** The readout's text (for tests). */
    Label readout() {
        return readout;
    }
}
