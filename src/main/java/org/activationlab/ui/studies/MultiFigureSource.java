package org.activationlab.ui.studies;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.activationlab.plot.Figure;
import org.activationlab.plot.SeriesTable;

/**
 * A view with several figures, one of them current (the one the user last picked): File &gt;
 * Export and Edit &gt; Copy Image take that one, as {@link org.activationlab.ui.export.FigureSource}
 * says; this adds the current figure as an observable property and the numbers behind it.
 */
public interface MultiFigureSource extends org.activationlab.ui.export.FigureSource {

    /** The figure the user last picked in the view, drawn exactly as on screen. */
    ReadOnlyObjectProperty<Figure> currentFigureProperty();

    /** The numbers behind {@link #currentFigureProperty()} for CSV, or null when it has none. */
    SeriesTable currentData();
}
