package org.activationlab.ui;

import java.nio.IntBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.problems.Problems;

/**
 * Shows a {@link Figure} on screen: an image that fills this region, follows its size and the
 * window's output scale, drawn by the same {@link FigureRenderer} into a Java2D image as the PNG
 * export, so the screen shows the export's pixels. After each draw, {@link #layoutProperty()}
 * holds where the panels landed, in this node's coordinates, so a view can map the mouse to data
 * for readouts, zoom and pan.
 *
 * <p>The figure is drawn into a reused {@code TYPE_INT_ARGB_PRE} image ({@link FigureRaster}) of
 * the region's size times the output scale (HiDPI), then copied in one array copy into the pixel
 * buffer that the shown {@link WritableImage} wraps. Java2D rasterises a figure several times
 * faster than the JavaFX canvas does through FXGraphics2D on the software pipeline, and the
 * render thread then only uploads one image. Drawing into a separate image keeps a half-drawn
 * figure off the screen while the render thread reads the buffer. Views that redraw every frame
 * can have the drawing done on a background thread ({@link #drawInBackgroundProperty()}).
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
    private final BooleanProperty drawInBackground = new SimpleBooleanProperty(this, "drawInBackground");
    /** Where figures are drawn, on the JavaFX thread or, one at a time, on {@link #drawingThreads()}. */
    private final FigureRaster raster = new FigureRaster();
    private long drawCount;
    private double width;
    private double height;
    /** The pixels shown, wrapped by the image view's image; null before the first draw. */
    private PixelBuffer<IntBuffer> shown;
    /** Redraws asked for so far, and the number of the last one that cleared the view. */
    private long requested;
    private long cleared;
    /** Whether the background thread is drawing this canvas's figure, and the figure to draw next. */
    private boolean drawing;
    private Drawing waiting;
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

    /** Where the panels of the current figure land at the current size (null without either), in this node's coordinates. */
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

    /**
     * Whether a figure waits to be drawn in the background behind the one being drawn: a view
     * that makes a new figure every frame can wait until this is false instead of making figures
     * nobody sees, and still make the next one while the last is being drawn.
     */
    public boolean isBusy() {
        return waiting != null;
    }

    /** How many times the figure has been drawn; lets tests and benchmarks see redraws. */
    public long drawCount() {
        return drawCount;
    }

    /**
     * Whether the figure is drawn on a background thread instead of the JavaFX thread, for views
     * that redraw every frame: the JavaFX thread then only lays the figure out (so
     * {@link #layoutProperty()} is current at once) and copies the finished pixels in, and a
     * redraw asked for while one is being drawn replaces any waiting one, so the newest figure is
     * drawn next. Off by default: then each redraw is on screen when it returns.
     */
    public final BooleanProperty drawInBackgroundProperty() {
        return drawInBackground;
    }

    public final boolean isDrawInBackground() {
        return drawInBackground.get();
    }

    public final void setDrawInBackground(boolean value) {
        drawInBackground.set(value);
    }

    /** Draws the current figure at the current size now, or asks the background thread to. */
    public void redraw() {
        requested++;
        Figure f = figure.get();
        if (f == null || width < 1 || height < 1) {
            cleared = requested;
            waiting = null;
            view.setImage(null);
            layout.set(null);
            return;
        }
        Drawing d = new Drawing(requested, f, width, height, outputScale(true), outputScale(false), renderOptions.get());
        drawnScaleX = d.scaleX();
        drawnScaleY = d.scaleY();
        try {
            if (isDrawInBackground() || drawing) {
                layout.set(FigureRenderer.layout(f, width, height, d.options()));
                waiting = d;
                if (!drawing) {
                    drawNextInBackground();
                }
            } else {
                layout.set(d.drawOn(raster));
                show(d);
            }
        } catch (RuntimeException failure) {
            Problems.shared().report(ProblemSource.FIGURE, failure);
        }
    }

    /** Starts drawing the waiting figure on the background thread; shows it when done. */
    private void drawNextInBackground() {
        Drawing d = waiting;
        waiting = null;
        drawing = true;
        CompletableFuture.runAsync(() -> d.drawOn(raster), drawingThreads()).whenComplete((done, failure) ->
                Platform.runLater(() -> {
                    drawing = false;
                    if (failure != null) {
                        Problems.shared().report(ProblemSource.FIGURE, failure);
                    } else if (d.request() > cleared) {
                        show(d);
                    }
                    if (waiting != null) {
                        drawNextInBackground();
                    }
                }));
    }

    /** The threads that draw the figures of the canvases set to draw in the background, one per core side by side. */
    private static ExecutorService drawingThreads() {
        return Background.shared().sharedPool("figure drawing", Runtime.getRuntime().availableProcessors(),
                ProblemSource.FIGURE);
    }

    /** Copies the pixels of {@code drawn}, just drawn, into the shown image (one array copy), resizing it when needed. */
    private void show(Drawing drawn) {
        int w = raster.pixelWidth();
        int h = raster.pixelHeight();
        if (shown == null || shown.getWidth() != w || shown.getHeight() != h) {
            shown = new PixelBuffer<>(w, h, IntBuffer.allocate(w * h), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(shown));
        }
        view.setFitWidth(drawn.width());
        view.setFitHeight(drawn.height());
        int[] pixels = raster.pixels();
        shown.updateBuffer(buffer -> {
            System.arraycopy(pixels, 0, buffer.getBuffer().array(), 0, pixels.length);
            return null;
        });
        drawCount++;
    }

    /** One figure to draw at one size, scale and look; request numbers the redraw that asked for it. */
    private record Drawing(long request, Figure figure, double width, double height, double scaleX, double scaleY,
                           RenderOptions options) {
        FigureLayout drawOn(FigureRaster raster) {
            return raster.draw(figure, width, height, scaleX, scaleY, options);
        }
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
        if (shown != null && (outputScale(true) != drawnScaleX || outputScale(false) != drawnScaleY)) {
            redraw();
        }
    }
}
