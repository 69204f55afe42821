package org.activationlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.activationlab.nn.LayerDiagnostics;
import org.activationlab.nn.NetworkSpec;
import org.activationlab.nn.NetworkWeights;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.nn.UnitDiagnostics;
import org.activationlab.plot.ColourScale;
import org.activationlab.ui.Messages;

/**
 * The network as a diagram: one column per layer, each unit a small heat map of its own output
 * over the input square (blue negative, red positive) framed in the colour of its state
 * (green learning, orange saturated, grey dead, purple overflowed: its values reached NaN or
 * infinity, so it is none of the others), links coloured by the weight's sign and as wide as its
 * size. Hovering a unit shows its statistics and the step it died, or that it overflowed.
 */
final class NetworkDiagram extends Region {
    static final String STYLE_CLASS = "network-diagram";
    /** Style classes of a unit by state, for tests and CSS. */
    static final String LEARNING = "unit-learning";
    static final String SATURATED = "unit-saturated";
    static final String DEAD = "unit-dead";
    static final String OVERFLOWED = "unit-overflowed";
    private static final int GRID = 16;
    private static final double UNIT = 34;
    private static final Color POSITIVE = Color.web("#0072B2");
    private static final Color NEGATIVE = Color.web("#D55E00");
    private static final Color LEARNING_COLOUR = Color.web("#009E73");
    private static final Color SATURATED_COLOUR = Color.web("#E69F00");
    private static final Color DEAD_COLOUR = Color.web("#7F7F7F");
    private static final Color OVERFLOWED_COLOUR = Color.web("#CC79A7");

    /** One drawn unit: its frame, its output picture and its tooltip. */
    private static final class UnitNode extends StackPane {
        final Rectangle frame = new Rectangle(UNIT, UNIT);
        final WritableImage image = new WritableImage(GRID, GRID);
        final Tooltip tooltip = new Tooltip();

        UnitNode(boolean hover) {
            ImageView view = new ImageView(image);
            view.setFitWidth(UNIT - 4);
            view.setFitHeight(UNIT - 4);
            view.setSmooth(false);
            frame.setFill(Color.WHITE);
            frame.setStrokeWidth(3);
            frame.setStroke(Color.LIGHTGRAY);
            frame.setArcWidth(8);
            frame.setArcHeight(8);
            getChildren().addAll(frame, view);
            if (hover) {
                tooltip.setShowDelay(Duration.millis(150));
                Tooltip.install(this, tooltip);
            }
        }
    }

    /** A link from unit {@code from} of column {@code column} to unit {@code to} of the next column. */
    private record Link(Line line, int column, int from, int to) {
    }

    private final List<List<UnitNode>> columns = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private NetworkSpec shown;
    private double[] grid;

    NetworkDiagram() {
        getStyleClass().add(STYLE_CLASS);
        setMinSize(200, 150);
    }

    /** Draws {@code snapshot}; rebuilds the nodes when the architecture changed. */
    void show(TrainingSnapshot snapshot) {
        NetworkWeights w = snapshot.weights();
        if (!w.spec().equals(shown)) {
            build(w);
            shown = w.spec();
        }
        double[][][] outputs = w.hiddenOutputs(grid);
        double[] prediction = w.predict(grid);
        boolean classification = w.spec().type() == ProblemType.CLASSIFICATION;
        for (int l = 0; l < outputs.length; l++) {
            LayerDiagnostics d = snapshot.layers().get(l);
            for (int u = 0; u < outputs[l].length; u++) {
                UnitNode node = columns.get(l + 1).get(u);
                paint(node.image, outputs[l][u], false);
                UnitDiagnostics unit = d.units().get(u);
                setState(node, unit);
                node.tooltip.setText(tooltip(l, u, unit));
            }
        }
        paint(columns.get(columns.size() - 1).get(0).image, prediction, classification);
        for (Link link : links) {
            double weight = w.weight(link.column(), w.layer(link.column()).row(link.to(), 0), link.from());
            double size = Double.isFinite(weight) ? Math.abs(weight) : 0;
            link.line().setStroke(weight >= 0 ? POSITIVE : NEGATIVE);
            link.line().setStrokeWidth(0.4 + Math.min(5, 1.5 * size));
            link.line().setOpacity(0.25 + Math.min(0.7, 0.35 * size));
        }
    }

    private static String tooltip(int layer, int unit, UnitDiagnostics d) {
        if (d.overflowed()) {
            return Messages.format(TrainingKeys.UNIT_OVERFLOWED_TOOLTIP, Integer.toString(layer + 1), Integer.toString(unit + 1),
                    Messages.get(TrainingKeys.UNIT_OVERFLOWED));
        }
        String state = Messages.get(d.dead() ? TrainingKeys.UNIT_DEAD
                : d.closedGate() ? TrainingKeys.UNIT_CLOSED_GATE
                : d.saturated() ? TrainingKeys.UNIT_SATURATED : TrainingKeys.UNIT_LEARNING);
        String death = d.dead() ? Messages.format(TrainingKeys.UNIT_DIED_AT, Integer.toString(d.deathStep()))
                : Messages.get(TrainingKeys.UNIT_ALIVE);
        if (d.gated()) {
            death += "\n" + Messages.format(TrainingKeys.UNIT_GATE_LINE, percent(d.closedGateShare()));
        }
        return Messages.format(TrainingKeys.UNIT_TOOLTIP, Integer.toString(layer + 1), Integer.toString(unit + 1), state,
                percent(d.zeroGradientShare()), percent(d.saturatedShare()), death);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static void setState(UnitNode node, UnitDiagnostics d) {
        String state = d.overflowed() ? OVERFLOWED : d.dead() ? DEAD : d.saturated() ? SATURATED : LEARNING;
        if (!node.getStyleClass().contains(state)) {
            node.getStyleClass().removeAll(OVERFLOWED, DEAD, SATURATED, LEARNING);
            node.getStyleClass().add(state);
        }
        node.frame.setStroke(switch (state) {
            case OVERFLOWED -> OVERFLOWED_COLOUR;
            case DEAD -> DEAD_COLOUR;
            case SATURATED -> SATURATED_COLOUR;
            default -> LEARNING_COLOUR;
        });
        node.setOpacity(d.dead() ? 0.55 : 1);
    }

    /** The tooltip text of unit {@code unit} of hidden layer {@code layer}, for tests. */
    String tooltipText(int layer, int unit) {
        return columns.get(layer + 1).get(unit).tooltip.getText();
    }

    /** The units' style classes of hidden layer {@code layer}, for tests. */
    List<String> states(int layer) {
        List<String> states = new ArrayList<>();
        for (UnitNode node : columns.get(layer + 1)) {
            states.add(Stream.of(OVERFLOWED, DEAD, SATURATED).filter(node.getStyleClass()::contains).findFirst()
                    .orElse(LEARNING));
        }
        return states;
    }

    /**
     * Colours an image from values: signed values through tanh, probabilities as they are; one
     * value per pixel of a GRID x GRID picture (row 0 at the bottom), or one per column of a
     * 1-D one. Writes all pixels in one call: per-pixel writes each mark the image changed.
     */
    private static void paint(WritableImage image, double[] values, boolean probability) {
        int[] argb = new int[GRID * GRID];
        boolean columnsOnly = values.length == GRID;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            double t = probability ? v : 0.5 + 0.5 * Math.tanh(v);
            int colour = Double.isFinite(t) ? ColourScale.BLUE_RED.argb(t) : 0xFF000000;
            int col = i % GRID;
            if (columnsOnly) {
                for (int y = 0; y < GRID; y++) {
                    argb[y * GRID + col] = colour;
                }
            } else {
                argb[(GRID - 1 - i / GRID) * GRID + col] = colour;
            }
        }
        image.getPixelWriter().setPixels(0, 0, GRID, GRID, PixelFormat.getIntArgbInstance(), argb, 0, GRID);
    }

    private void build(NetworkWeights w) {
        getChildren().clear();
        columns.clear();
        links.clear();
        boolean classification = w.spec().type() == ProblemType.CLASSIFICATION;
        grid = inputGrid(classification);
        int inputs = w.spec().type().inputs();
        List<Integer> widths = new ArrayList<>();
        widths.add(inputs);
        widths.addAll(w.spec().hiddenUnits());
        widths.add(1);
        for (int c = 0; c < widths.size(); c++) {
            List<UnitNode> column = new ArrayList<>();
            boolean hidden = c > 0 && c < widths.size() - 1;
            for (int u = 0; u < widths.get(c); u++) {
                column.add(new UnitNode(hidden));
            }
            columns.add(column);
        }
        for (int c = 0; c + 1 < columns.size(); c++) {
            for (int to = 0; to < widths.get(c + 1); to++) {
                for (int from = 0; from < widths.get(c); from++) {
                    Line line = new Line();
                    line.setMouseTransparent(true);
                    links.add(new Link(line, c, from, to));
                    getChildren().add(line);
                }
            }
        }
        for (int i = 0; i < inputs; i++) {
            double[] feature = new double[grid.length / inputs];
            for (int p = 0; p < feature.length; p++) {
                feature[p] = grid[p * inputs + i];
            }
            paint(columns.get(0).get(i).image, feature, false);
            columns.get(0).get(i).frame.setStroke(Color.LIGHTGRAY);
        }
        columns.forEach(getChildren()::addAll);
        requestLayout();
    }

    /** The points each unit picture samples: a GRID x GRID square over [-1.2, 1.2]^2, or GRID points of [-1.2, 1.2]. */
    private static double[] inputGrid(boolean classification) {
        double[] g = new double[classification ? GRID * GRID * 2 : GRID];
        for (int row = 0; row < (classification ? GRID : 1); row++) {
            for (int col = 0; col < GRID; col++) {
                double x = -1.2 + 2.4 * (col + 0.5) / GRID;
                double y = -1.2 + 2.4 * (row + 0.5) / GRID;
                if (classification) {
                    int i = row * GRID + col;
                    g[2 * i] = x;
                    g[2 * i + 1] = y;
                } else {
                    g[col] = x;
                }
            }
        }
        return g;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        int n = columns.size();
        if (n == 0) {
            return;
        }
        double unit = Math.min(UNIT, Math.max(14, (h - 20) / (maxColumnSize() * 1.25)));
        for (int c = 0; c < n; c++) {
            List<UnitNode> column = columns.get(c);
            double x = n == 1 ? w / 2 : 20 + unit / 2 + (w - 40 - unit) * c / (n - 1);
            double gap = h / column.size();
            for (int u = 0; u < column.size(); u++) {
                UnitNode node = column.get(u);
                double y = gap * (u + 0.5);
                node.setScaleX(unit / UNIT);
                node.setScaleY(unit / UNIT);
                node.resizeRelocate(x - UNIT / 2, y - UNIT / 2, UNIT, UNIT);
            }
        }
        for (Link link : links) {
            UnitNode a = columns.get(link.column()).get(link.from());
            UnitNode b = columns.get(link.column() + 1).get(link.to());
            link.line().setStartX(a.getLayoutX() + UNIT / 2);
            link.line().setStartY(a.getLayoutY() + UNIT / 2);
            link.line().setEndX(b.getLayoutX() + UNIT / 2);
            link.line().setEndY(b.getLayoutY() + UNIT / 2);
        }
    }

    private int maxColumnSize() {
        return columns.stream().mapToInt(List::size).max().orElse(1);
    }
}
