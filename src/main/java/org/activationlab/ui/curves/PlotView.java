package org.activationlab.ui.curves;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.activationlab.plot.AxisMapping;
import org.activationlab.plot.FigureLayout;
import org.activationlab.plot.PanelLayout;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.Theme;
import org.activationlab.ui.FigureCanvas;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.WhileInScene;

/**
 * The figure on screen, with the mouse: hovering shows the crosshair and readout, the wheel
 * zooms about the pointer, dragging pans, a double click resets the x range. The figure follows
 * presentation mode (its scale, theme and palette), for projectors.
 */
final class PlotView {
    /** Figure scale at normal text size: figure text about as large as the window's. */
    static final double FIGURE_SCALE = 1.25;
    /** The look of the figure at presentation scale 1 in the light theme, which exports keep. */
    static final RenderOptions BASE_OPTIONS = RenderOptions.DEFAULT.withScale(FIGURE_SCALE);
    /** Scroll pixels per wheel notch on most platforms (JavaFX's default multiplier). */
    private static final double PIXELS_PER_NOTCH = 40;

    private final CurvesViewModel model;
    private final FigureCanvas canvas = new FigureCanvas();
    private final HoverOverlay overlay;
    private final Label placeholder = new Label(Messages.get(TextKeys.CURVES_PLACEHOLDER));
    private final StackPane root;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    /** The x range and mapping when a drag started, or null when not dragging. */
    private XRange dragRange;
    private AxisMapping dragMapping;
    private double dragFromX;

    /**
     * @param theme the figure's colours, which the hover readout's swatches follow
     * @param screenOptions how the figure is drawn on screen ({@link #BASE_OPTIONS} in presentation mode)
     */
    PlotView(CurvesViewModel model, ObservableValue<Theme> theme, ObservableValue<RenderOptions> screenOptions) {
        this.model = model;
        this.overlay = new HoverOverlay(theme);
        placeholder.getStyleClass().add(Styles.PLOT_PLACEHOLDER);
        placeholder.setWrapText(true);
        placeholder.setMouseTransparent(true);
        canvas.renderOptionsProperty().bind(screenOptions);
        root = new StackPane(canvas, overlay.root(), placeholder);
        root.getStyleClass().add(Styles.PLOT_VIEW);
        initListeners();
        showFrame(model.getFrame());
    }

    Node root() {
        return root;
    }

    /** The canvas the figure is drawn on. */
    FigureCanvas canvas() {
        return canvas;
    }

    /** The hover readout (for tests: its x line). */
    HoverOverlay overlay() {
        return overlay;
    }

    private void initListeners() {
        WhileInScene.of(root, model.frameProperty()).addListener((obs, old, frame) -> showFrame(frame));
        WhileInScene.of(root, model.readoutProperty()).addListener((obs, old, readout) -> showOverlay());
        canvas.layoutProperty().addListener((obs, old, layout) -> {
            if (!Double.isNaN(mouseX)) {
                hoverAt(mouseX, mouseY);
            }
        });
        canvas.setOnMouseMoved(e -> hoverAt(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> {
            mouseX = Double.NaN;
            mouseY = Double.NaN;
            model.endHover();
        });
        canvas.setOnScroll(this::zoom);
        canvas.setOnMousePressed(this::startDrag);
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnMouseReleased(e -> endDrag());
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.resetXRange();
            }
        });
    }

    private void showFrame(CurvesFrame frame) {
        canvas.setFigure(frame == null ? null : frame.figure());
        placeholder.setVisible(frame == null);
    }

    private void hoverAt(double x, double y) {
        mouseX = x;
        mouseY = y;
        Optional<PanelLayout> panel = canvas.panelAt(x, y);
        if (panel.isPresent()) {
            model.hover(panel.get().x().toData(x));
        } else {
            model.endHover();
        }
        showOverlay();
    }

    private void showOverlay() {
        FigureLayout layout = canvas.getLayout();
        if (layout == null || model.getReadout() == null || Double.isNaN(mouseX)) {
            overlay.hide();
        } else {
            overlay.show(model.getReadout(), layout, model.getState(), mouseX, mouseY);
        }
    }

    private void zoom(ScrollEvent e) {
        Optional<PanelLayout> panel = canvas.panelAt(e.getX(), e.getY());
        double notches = notches(e);
        if (panel.isPresent() && notches != 0) {
            model.zoom(notches, panel.get().x().toData(e.getX()));
            e.consume();
        }
    }

    /**
     * How far the wheel turned, in notches (positive away from the user): the platform's line
     * count for a wheel, the pixel delta over the usual 40 pixels per notch for a touchpad.
     */
    static double notches(ScrollEvent e) {
        return switch (e.getTextDeltaYUnits()) {
            case LINES -> e.getTextDeltaY();
            case PAGES -> e.getTextDeltaY() * PIXELS_PER_NOTCH;
            case NONE -> e.getDeltaY() / PIXELS_PER_NOTCH;
        };
    }

    private void startDrag(MouseEvent e) {
        Optional<PanelLayout> panel = canvas.panelAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.PRIMARY && panel.isPresent()) {
            dragRange = model.getState().x();
            dragMapping = panel.get().x();
            dragFromX = e.getX();
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void drag(MouseEvent e) {
        if (dragRange != null) {
            model.panFrom(dragRange, dragMapping.toData(dragFromX) - dragMapping.toData(e.getX()));
            hoverAt(e.getX(), e.getY());
        }
    }

    private void endDrag() {
        dragRange = null;
        dragMapping = null;
        canvas.setCursor(Cursor.DEFAULT);
    }
}
