package org.activationlab.ui.export;

import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A view that shows a figure File &gt; Export and Edit &gt; Copy Image can reproduce. The curves
 * view is one; every view with a plot implements it the same way.
 */
public interface FigureSource {

    /** The figure as shown right now, or empty when the view shows none (e.g. no function chosen). */
    Optional<VisibleFigure> currentFigure();

    /** Whether {@link #currentFigure()} has a figure; the export commands are enabled only then. */
    ObservableBooleanValue figureAvailable();
}
