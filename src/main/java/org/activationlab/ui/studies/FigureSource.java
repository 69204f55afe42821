package org.activationlab.ui.studies;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.activationlab.plot.Figure;
import org.activationlab.plot.SeriesTable;

/** A view whose current figure (and the numbers behind it) File &gt; Export can write. */
public interface FigureSource {

    /** The figure the user last picked in the view, drawn exactly as on screen. */
    ReadOnlyObjectProperty<Figure> currentFigureProperty();

    /** The numbers behind {@link #currentFigureProperty()} for CSV, or null when it has none. */
    SeriesTable currentData();
}
