package org.activationlab.plot.training;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.activationlab.nn.DataSplit;
import org.activationlab.nn.Dataset;
import org.activationlab.nn.ProblemType;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.plot.Axis;
import org.activationlab.plot.ColourScale;
import org.activationlab.plot.Figure;
import org.activationlab.plot.HeatMap;
import org.activationlab.plot.Ink;
import org.activationlab.plot.LineStyle;
import org.activationlab.plot.Marker;
import org.activationlab.plot.Palette;
import org.activationlab.plot.Panel;
import org.activationlab.plot.PlotItem;
import org.activationlab.plot.Series;
import org.activationlab.plot.Text;
import org.activationlab.plot.PlotTexts;

/**
 * What the network predicts over its input space at one step, with the data on top. For
 * classification: a heat map of P(label 1) from blue (0) to red (1) with the training points
 * as circles and the test points as squares, coloured by label. For 1-D regression: the fitted
 * curve over the points.
 */
public final class DecisionSurfaceFigure {
    /** Heat-map cells across and up for classification. */
    public static final int RESOLUTION = 48;
    /** Samples of the fitted curve for regression. */
    public static final int CURVE_SAMPLES = 200;
    /** Label 0 points (the blue end of the heat map). */
    public static final Ink CLASS_0 = new Ink.Fixed(Palette.OKABE_ITO_BLUE);
    /** Label 1 points (the red end of the heat map). */
    public static final Ink CLASS_1 = new Ink.Fixed(Palette.OKABE_ITO_VERMILLION);
    private static final Ink TEST_POINT = new Ink.Fixed(new Color(0x444444));
    private static final double PADDING = 0.1;
    private static final float TRAIN_SIZE = 5.5f;
    private static final float TEST_SIZE = 6.5f;

    private DecisionSurfaceFigure() {
    }

    /** The figure for {@code snapshot}, titled with its step. */
    public static Figure build(TrainingSnapshot snapshot) {
        Figure figure = snapshot.data().type() == ProblemType.CLASSIFICATION ? classification(snapshot) : regression(snapshot);
        return figure.withTitle(Text.plain(PlotTexts.format("prediction.title", snapshot.step())))
                .withCaption(snapshot.data().type() == ProblemType.CLASSIFICATION
                        ? PlotTexts.get("prediction.caption.classification")
                        : PlotTexts.get("prediction.caption.regression"));
    }

    private static Figure classification(TrainingSnapshot snapshot) {
        DataSplit data = snapshot.data();
        double[] xRange = range(data, 0);
        double[] yRange = range(data, 1);
        int n = RESOLUTION;
        double dx = (xRange[1] - xRange[0]) / n;
        double dy = (yRange[1] - yRange[0]) / n;
        double[] grid = new double[n * n * 2];
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                int i = row * n + col;
                grid[2 * i] = xRange[0] + (col + 0.5) * dx;
                grid[2 * i + 1] = yRange[0] + (row + 0.5) * dy;
            }
        }
        double[] p = snapshot.weights().predict(grid);
        List<PlotItem> items = new ArrayList<>();
        items.add(new HeatMap(xRange[0], xRange[1], yRange[0], yRange[1], n, n, p, ColourScale.BLUE_RED, 0, 1, true,
                PlotTexts.plain("prediction.probability")));
        addPoints(items, data.train(), Marker.Shape.CIRCLE, TRAIN_SIZE, true);
        addPoints(items, data.test(), Marker.Shape.SQUARE, TEST_SIZE, true);
        Panel panel = Panel.builder(Axis.linear("x2", yRange[0], yRange[1])).addAll(items).build();
        return Figure.of(Axis.linear("x1", xRange[0], xRange[1]), panel);
    }

    private static Figure regression(TrainingSnapshot snapshot) {
        DataSplit data = snapshot.data();
        double[] xRange = range(data, 0);
        double[] xs = new double[CURVE_SAMPLES];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xRange[0] + (xRange[1] - xRange[0]) * i / (xs.length - 1);
        }
        double[] fit = snapshot.weights().predict(xs);
        double[] yRange = targetRange(data);
        List<PlotItem> items = new ArrayList<>();
        addPoints(items, data.train(), Marker.Shape.CIRCLE, TRAIN_SIZE, false);
        addPoints(items, data.test(), Marker.Shape.SQUARE, TEST_SIZE, false);
        items.add(new Series("fit", PlotTexts.plain("prediction.network"), xs, fit, LineStyle.solid(CLASS_1, 2.5f)));
        Panel panel = Panel.builder(Axis.linear("y", yRange[0], yRange[1])).addAll(items).build();
        return Figure.of(Axis.linear("x", xRange[0], xRange[1]), panel);
    }

    private static void addPoints(List<PlotItem> items, Dataset set, Marker.Shape shape, float size, boolean classification) {
        for (int i = 0; i < set.size(); i++) {
            if (classification) {
                items.add(new Marker(set.input(i, 0), set.input(i, 1), shape, size,
                        set.target(i) == 1 ? CLASS_1 : CLASS_0, Text.NONE));
            } else {
                items.add(new Marker(set.input(i, 0), set.target(i), shape, size,
                        shape == Marker.Shape.CIRCLE ? CLASS_0 : TEST_POINT, Text.NONE));
            }
        }
    }

    /** The range of feature {@code feature} over all points, padded by a tenth on each side. */
    private static double[] range(DataSplit data, int feature) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Dataset set : List.of(data.train(), data.test())) {
            for (int i = 0; i < set.size(); i++) {
                lo = Math.min(lo, set.input(i, feature));
                hi = Math.max(hi, set.input(i, feature));
            }
        }
        return padded(lo, hi);
    }

    private static double[] targetRange(DataSplit data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Dataset set : List.of(data.train(), data.test())) {
            for (int i = 0; i < set.size(); i++) {
                lo = Math.min(lo, set.target(i));
                hi = Math.max(hi, set.target(i));
            }
        }
        return padded(lo, hi);
    }

    private static double[] padded(double lo, double hi) {
        double span = Math.max(hi - lo, 1e-3);
        return new double[] {lo - PADDING * span, hi + PADDING * span};
    }
}
