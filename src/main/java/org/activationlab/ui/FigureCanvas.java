package org.activationlab.ui;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.activationlab.plot.Figure;
import org.activationlab.plot.FigureLayout;
import org.activationlab.plot.FigureRenderer;
import org.activationlab.plot.PanelLayout;
import org.activationlab.plot.RenderOptions;

/**
 * Shows a {@link Figure} on screen: an image that fills this region, follows its size and the
 * window's output scale, drawn by the same {@link FigureRenderer} into a Java2D image as the PNG
 * export, so the screen shows the export's pixels. After each draw, {@link #layoutProperty()}
 * holds where the panels landed, in this node's coordinates, so a view can map the mouse to data
 * for readouts, zoom and pan.
 *
 * <p>The figure is drawn into a reused {@code TYPE_INT_ARGB_PRE} image of the region's size
 * times the output scale (HiDPI), then copied in one array copy into the pixel buffer that the
 * shown {@link WritableImage} wraps. Java2D rasterises a figure several times faster than the
 * JavaFX canvas does through FXGraphics2D on the software pipeline, and the render thread then
 * only uploads one image. Drawing into a separate image keeps a half-drawn figure off the
 * screen while the render thread reads the buffer.
 *
 * <p>Must be used on the JavaFX application thread.
 */
public class FigureCanvas extends Region {
    /** The style class of this control. */
    public static final String STYLE_CLASS = "figure-canvas";
    private static final double PREF_WIDTH = 800;
    private static final double PREF_HEIGHT = 500;

    private final ImageView view = new ImageView();
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final ObjectProperty<RenderOptions> renderOptions =
            new SimpleObjectProperty<>(this, "renderOptions", RenderOptions.DEFAULT);
    private final ReadOnlyObjectWrapper<FigureLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ChangeListener<Number> outputScaleListener = (obs, old, now) -> redraw();
    private final ChangeListener<Window> windowListener = (obs, old, now) -> followOutputScale(old, now);
    private long drawCount;
    private double width;
    private double height;
    /** Where the figure is drawn, in device pixels; null until the region has a size. */
    private BufferedImage drawing;
    /** The pixels shown, wrapped by {@link #shown}'s image; the same size as {@link #drawing}. */
    private PixelBuffer<IntBuffer> shown;
    /** The output scale of the last draw. */
    private double drawnScaleX = 1;
    private double drawnScaleY = 1;

    public FigureCanvas() {
        getStyleClass().add(STYLE_CLASS);
        view.setSmooth(true);
        view.setMouseTransparent(true);
        getChildren().add(view);
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
        Figure f = figure.get();
        if (f == null || width < 1 || height < 1) {
            view.setImage(null);
            layout.set(null);
            return;
        }
        double scaleX = outputScale(true);
        double scaleY = outputScale(false);
        drawnScaleX = scaleX;
        drawnScaleY = scaleY;
        allocate((int) Math.ceil(width * scaleX), (int) Math.ceil(height * scaleY));
        int[] pixels = ((DataBufferInt) drawing.getRaster().getDataBuffer()).getData();
        Graphics2D g = drawing.createGraphics();
        try {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, drawing.getWidth(), drawing.getHeight());
            g.setComposite(AlphaComposite.SrcOver);
            g.scale(scaleX, scaleY);
            layout.set(FigureRenderer.render(f, g, width, height, renderOptions.get()));
        } finally {
            g.dispose();
        }
        shown.updateBuffer(buffer -> {
            System.arraycopy(pixels, 0, buffer.getBuffer().array(), 0, pixels.length);
            return null;
        });
        drawCount++;
    }

    /** Makes the drawing image and the shown buffer {@code w} x {@code h} device pixels, reusing them when they are. */
    private void allocate(int w, int h) {
        if (drawing == null || drawing.getWidth() != w || drawing.getHeight() != h) {
            drawing = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            shown = new PixelBuffer<>(w, h, IntBuffer.allocate(w * h), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(shown));
        }
        view.setFitWidth(width);
        view.setFitHeight(height);
    }

    /** The window's output scale (device pixels per layout unit) along x or y; 1 when not shown. */
    private double outputScale(boolean x) {
        Window window = getScene() == null ? null : getScene().getWindow();
        double scale = window == null ? 1 : x ? window.getRenderScaleX() : window.getRenderScaleY();
        return scale > 0 ? scale : 1;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (width != w || height != h) {
            width = w;
            height = h;
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
            oldWindow.renderScaleYProperty().removeListener(outputScaleListener);
        }
        if (newWindow != null) {
            newWindow.renderScaleXProperty().addListener(outputScaleListener);
            newWindow.renderScaleYProperty().addListener(outputScaleListener);
        }
        if (drawing != null && (outputScale(true) != drawnScaleX || outputScale(false) != drawnScaleY)) {
            redraw();
        }
    }
}
