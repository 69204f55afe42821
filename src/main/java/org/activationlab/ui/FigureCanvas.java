package org.activationlab.ui;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureLayout;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.PanelLayout;
import org.activationlab.plot.RenderOptions;
import org.jfree.fx.FXGraphics2D;

/**
 * Shows a {@link Figure} on screen: a canvas that fills this region, follows its size and the
 * window's output scale, and draws through FXGraphics2D with the same {@link FigureRenderer} as
 * every export. After each draw, {@link #layoutProperty()} holds where the panels landed, in
 * this node's coordinates, so a view can map the mouse to data for readouts, zoom and pan.
 *
 * <p>Must be used on the JavaFX application thread, like FXGraphics2D.
 */
public class FigureCanvas extends Region {
    /** The style class of this control. */
    public static final String STYLE_CLASS = "figure-canvas";
    private static final double PREF_WIDTH = 800;
    private static final double PREF_HEIGHT = 500;

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final ObjectProperty<RenderOptions> renderOptions =
            new SimpleObjectProperty<>(this, "renderOptions", RenderOptions.DEFAULT);
    private final ReadOnlyObjectWrapper<FigureLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ChangeListener<Number> outputScaleListener = (obs, old, now) -> redraw();
    private final ChangeListener<Window> windowListener = (obs, old, now) -> followOutputScale(old, now);
    private long drawCount;

    public FigureCanvas() {
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        figure.addListener((obs, old, now) -> redraw());
        renderOptions.addListener((obs, old, now) -> redraw());
        sceneProperty().addListener((obs, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.windowProperty().removeListener(windowListener);
                followOutputScale(oldScene.getWindow(), null);
            }
            if (newScene != null) {
                newScene.windowProperty().addListener(windowListener);
                followOutputScale(null, newScene.getWindow());
            }
        });
    }

    /** The figure drawn; null draws nothing. */
    public final ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    public final Figure getFigure() {
        return figure.get();
    }

    public final void setFigure(Figure value) {
        figure.set(value);
    }

    /** Theme, presentation scale and text mode; text as outlines by default, exactly like the exports. */
    public final ObjectProperty<RenderOptions> renderOptionsProperty() {
        return renderOptions;
    }

    public final RenderOptions getRenderOptions() {
        return renderOptions.get();
    }

    public final void setRenderOptions(RenderOptions value) {
        renderOptions.set(value);
    }

    /** Where the panels landed in the last draw (null before the first), in this node's coordinates. */
    public final ReadOnlyObjectProperty<FigureLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public final FigureLayout getLayout() {
        return layout.get();
    }

    /** The panel under the point (x, y) of this node, if any. */
    public Optional<PanelLayout> panelAt(double x, double y) {
        FigureLayout current = layout.get();
        return current == null ? Optional.empty() : current.panelAt(x, y);
    }

    /** How many times the figure has been drawn; lets tests and benchmarks see redraws. */
    public long drawCount() {
        return drawCount;
    }

    /** Draws the current figure at the current size now. */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        Figure f = figure.get();
        if (f == null || w < 1 || h < 1) {
            layout.set(null);
            return;
        }
        layout.set(FigureRenderer.render(f, graphics, w, h, renderOptions.get()));
        drawCount++;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return PREF_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return PREF_HEIGHT;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    private void followOutputScale(Window oldWindow, Window newWindow) {
        if (oldWindow != null) {
            oldWindow.renderScaleXProperty().removeListener(outputScaleListener);
        }
        if (newWindow != null) {
            newWindow.renderScaleXProperty().addListener(outputScaleListener);
        }
    }
}
