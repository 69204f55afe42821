package org.activationlab.ui.curves;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.activationlab.plot.FigureLayout;
import org.activationlab.plot.PanelLayout;
import org.activationlab.plot.Theme;
import org.activationlab.plot.curves.PlotFunction;
import org.activationlab.ui.DisplayNumbers;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;

/**
 * What follows the mouse over the plot: a crosshair, a dot where each curve crosses the hovered
 * x, and a readout of x, f(x) and f'(x) (and |f'(x)|^n at depth n) for every plotted function.
 * Drawn as nodes over the canvas, so hovering never redraws the figure.
 */
final class HoverOverlay {
    /** Distance between the mouse and the readout box. */
    private static final double READOUT_OFFSET = 18;
    private static final double DOT_RADIUS = 4.5;

    private final ObservableValue<Theme> theme;
    private final Pane root = new Pane();
    private final Line vertical = new Line();
    private final Line horizontal = new Line();
    private final Group dots = new Group();
    private final GridPane readout = new GridPane();
    private final Label xValue = new Label();
    private final Label valueHeader = new Label(Messages.get(TextKeys.CURVES_READOUT_VALUE));
    private final Label derivativeHeader = new Label(Messages.get(TextKeys.CURVES_READOUT_DERIVATIVE));
    private final Label powerHeader = new Label();
    private final List<Label[]> rowLabels = new ArrayList<>();
    private List<PlotFunction> rowsShown = List.of();

    HoverOverlay(ObservableValue<Theme> theme) {
        this.theme = theme;
        root.setMouseTransparent(true);
        root.getStyleClass().add(Styles.HOVER_OVERLAY);
        vertical.getStyleClass().add(Styles.CROSSHAIR);
        horizontal.getStyleClass().add(Styles.CROSSHAIR);
        readout.getStyleClass().add(Styles.HOVER_READOUT);
        xValue.getStyleClass().add(Styles.READOUT_X);
        for (Label header : new Label[] {valueHeader, derivativeHeader, powerHeader}) {
            header.getStyleClass().add(Styles.READOUT_HEADER);
        }
        root.getChildren().addAll(vertical, horizontal, dots, readout);
        hide();
    }

    Node root() {
        return root;
    }

    /** The readout's x line, e.g. "x = 0.5". */
    Label xLabel() {
        return xValue;
    }

    void hide() {
        root.setVisible(false);
    }

    /**
     * Shows {@code values} for the figure laid out as {@code layout} with the mouse at
     * ({@code mouseX}, {@code mouseY}) in the canvas's coordinates.
     */
    void show(HoverReadout values, FigureLayout layout, CurvesState state, double mouseX, double mouseY) {
        Optional<PanelLayout> hovered = layout.panelAt(mouseX, mouseY);
        if (values == null || hovered.isEmpty()) {
            hide();
            return;
        }
        root.setVisible(true);
        PanelLayout first = layout.panel(0);
        PanelLayout last = layout.panel(layout.panels().size() - 1);
        double px = first.x().toPixel(values.x());
        setLine(vertical, px, first.plotArea().getMinY(), px, last.plotArea().getMaxY());
        Rectangle2D area = hovered.get().plotArea();
        setLine(horizontal, area.getMinX(), mouseY, area.getMaxX(), mouseY);
        showDots(values, layout, state, px);
        showReadout(values);
        place(mouseX, mouseY, first.plotArea().getMinY(), last.plotArea().getMaxY(), area);
    }

    private static void setLine(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }

    private void showDots(HoverReadout values, FigureLayout layout, CurvesState state, double px) {
        dots.getChildren().clear();
        int derivativePanel = state.showFunctions() ? 1 : 0;
        for (HoverReadout.Row row : values.rows()) {
            if (state.showFunctions()) {
                addDot(layout.panel(0), px, row.value(), row.function().colour());
            }
            if (state.showDerivatives()) {
                double d = values.depth() > 1 ? row.derivativePower() : row.derivative();
                addDot(layout.panel(derivativePanel), px, d, row.function().colour());
            }
        }
    }

    private void addDot(PanelLayout panel, double px, double value, int slot) {
        double py = panel.y().toPixel(value);
        if (Double.isFinite(py) && panel.plotArea().contains(px, py)) {
            Circle dot = new Circle(px, py, DOT_RADIUS, SeriesSwatch.fx(theme.getValue().seriesColour(slot)));
            dot.getStyleClass().add(Styles.HOVER_DOT);
            dots.getChildren().add(dot);
        }
    }

    private void showReadout(HoverReadout values) {
        List<PlotFunction> functions = values.rows().stream().map(HoverReadout.Row::function).toList();
        if (!functions.equals(rowsShown)) {
            buildRows(functions);
        }
        xValue.setText(Messages.format(TextKeys.CURVES_READOUT_X, DisplayNumbers.format(values.x())));
        boolean deep = values.depth() > 1;
        powerHeader.setText(Messages.format(TextKeys.CURVES_READOUT_POWER, Integer.toString(values.depth())));
        showColumn(powerHeader, deep);
        for (int i = 0; i < values.rows().size(); i++) {
            HoverReadout.Row row = values.rows().get(i);
            Label[] labels = rowLabels.get(i);
            labels[0].setText(DisplayNumbers.format(row.value()));
            labels[1].setText(DisplayNumbers.format(row.derivative()));
            labels[2].setText(DisplayNumbers.format(row.derivativePower()));
            showColumn(labels[2], deep);
        }
    }

    private static void showColumn(Label label, boolean shown) {
        label.setVisible(shown);
        label.setManaged(shown);
    }

    private void buildRows(List<PlotFunction> functions) {
        readout.getChildren().clear();
        rowLabels.clear();
        readout.add(xValue, 0, 0, 2, 1);
        readout.add(valueHeader, 2, 0);
        readout.add(derivativeHeader, 3, 0);
        readout.add(powerHeader, 4, 0);
        int r = 1;
        for (PlotFunction f : functions) {
            Label name = new Label(f.activation().info().displayName());
            name.getStyleClass().add(Styles.READOUT_NAME);
            Label[] values = {new Label(), new Label(), new Label()};
            for (Label v : values) {
                v.getStyleClass().add(Styles.NUMERIC);
                GridPane.setHalignment(v, HPos.LEFT);
            }
            readout.addRow(r++, SeriesSwatch.of(f.colour(), theme), name, values[0], values[1], values[2]);
            rowLabels.add(values);
        }
        rowsShown = functions;
    }

    /** Puts the readout beside the mouse, on whichever side has room, within the panels' height. */
    private void place(double mouseX, double mouseY, double top, double bottom, Rectangle2D area) {
        readout.applyCss();
        readout.autosize();
        double w = readout.getWidth();
        double h = readout.getHeight();
        double x = mouseX + READOUT_OFFSET + w <= area.getMaxX() ? mouseX + READOUT_OFFSET : mouseX - READOUT_OFFSET - w;
        double y = Math.max(top, Math.min(mouseY - h / 2, bottom - h));
        readout.relocate(Math.max(0, x), y);
    }
}
