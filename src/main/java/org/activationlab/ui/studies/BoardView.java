package org.activationlab.ui.studies;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.activationlab.plot.Figure;
import org.activationlab.plot.SeriesTable;
import org.activationlab.ui.export.VisibleFigure;

/** A view whose figures live on one {@link FigureBoard}: it exports whatever its board exports. */
public interface BoardView extends MultiFigureSource {

    /** The board holding the view's figures. */
    FigureBoard board();

    @Override
    default ReadOnlyObjectProperty<Figure> currentFigureProperty() {
        return board().currentFigureProperty();
    }

    @Override
    default SeriesTable currentData() {
        return board().currentData();
    }

    @Override
    default Optional<VisibleFigure> currentFigure() {
        return board().currentFigure();
    }

    @Override
    default ObservableBooleanValue figureAvailable() {
        return board().figureAvailable();
    }
}
