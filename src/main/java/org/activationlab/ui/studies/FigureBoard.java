package org.activationlab.ui.studies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.layout.StackPane;
import org.activationlab.plot.Figure;
import org.activationlab.plot.RenderOptions;
import org.activationlab.plot.SeriesTable;
import org.activationlab.ui.FigureCanvas;
import org.activationlab.ui.export.VisibleFigure;
import org.activationlab.ui.WhileInScene;

/**
 * The figures of one view, each on its own {@link FigureCanvas} in a frame; a click on a figure
 * makes it the current one (its frame is highlighted), which is what the view exports. The
 * canvases draw with {@link #screenOptionsProperty()} (presentation mode's theme and scale);
 * exports keep the default look.
 */
public final class FigureBoard implements MultiFigureSource {
    /** The style class of each frame. */
    public static final String FRAME = "figure-frame";
    /** Set on the frame of the current figure. */
    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    /** The start of the suggested export file name. */
    private static final String EXPORT_NAME = "figure";

    private final ObjectProperty<RenderOptions> screenOptions =
            new SimpleObjectProperty<>(this, "screenOptions", RenderOptions.DEFAULT);
    private final ReadOnlyObjectWrapper<Figure> current = new ReadOnlyObjectWrapper<>(this, "currentFigure");
    private final ObservableBooleanValue figureAvailable = Bindings.isNotNull(current);
    private final List<Entry> entries = new ArrayList<>();
    private Entry selected;

    private record Entry(StackPane frame, FigureCanvas canvas, Supplier<SeriesTable> data) {
    }

    /**
     * A frame showing {@code figure}, with {@code data} behind it for CSV (a supplier of null when
     * there is none). The first frame added starts as the current one.
     */
    public StackPane add(ObservableValue<Figure> figure, Supplier<SeriesTable> data, String description) {
        FigureCanvas canvas = new FigureCanvas();
        canvas.figureProperty().bind(figure);
        canvas.renderOptionsProperty().bind(screenOptions);
        canvas.setAccessibleText(description);
        StackPane frame = new StackPane(canvas);
        frame.getStyleClass().add(FRAME);
        Entry entry = new Entry(frame, canvas, data);
        entries.add(entry);
        frame.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> select(entry));
        WhileInScene.of(frame, figure).addListener((obs, old, now) -> {
            if (selected == entry) {
                current.set(now);
            }
        });
        if (selected == null) {
            select(entry);
        }
        return frame;
    }

    /** How every figure of the board is drawn on screen (theme, scale); exports use {@link RenderOptions#DEFAULT}. */
    public ObjectProperty<RenderOptions> screenOptionsProperty() {
        return screenOptions;
    }

    /** Whether a figure waits to be drawn in the background on any of its canvases (see {@link FigureCanvas#isBusy()}). */
    public boolean isBusy() {
        return entries.stream().anyMatch(e -> e.canvas.isBusy());
    }

    /** Makes the figure of frame {@code index} (in the order added) the current one. */
    public void select(int index) {
        select(entries.get(index));
    }

    private void select(Entry entry) {
        if (selected != null) {
            selected.frame.pseudoClassStateChanged(CURRENT, false);
        }
        selected = entry;
        entry.frame.pseudoClassStateChanged(CURRENT, true);
        current.set(entry.canvas.getFigure());
    }

    /** The current figure at its canvas's size: exported with the default look unless the screen's is asked for. */
    @Override
    public Optional<VisibleFigure> currentFigure() {
        if (selected == null || selected.canvas.getFigure() == null) {
            return Optional.empty();
        }
        int width = (int) Math.round(selected.canvas.getWidth());
        int height = (int) Math.round(selected.canvas.getHeight());
        if (width < 1 || height < 1) {
            return Optional.empty();
        }
        return Optional.of(new VisibleFigure(selected.canvas.getFigure(), "", selected.data.get(), width, height,
                RenderOptions.DEFAULT, EXPORT_NAME, selected.canvas.getRenderOptions()));
    }

    @Override
    public ObservableBooleanValue figureAvailable() {
        return figureAvailable;
    }

    @Override
    public ReadOnlyObjectProperty<Figure> currentFigureProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public SeriesTable currentData() {
        return selected == null ? null : selected.data.get();
    }
}
