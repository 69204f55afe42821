package org.activationlab.ui.training;

import java.util.List;
import java.util.stream.Collectors;
import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.TrainingSnapshot;
import org.activationlab.plot.Figure;
import org.activationlab.plot.Text;
import org.activationlab.plot.training.DecisionSurfaceFigure;
import org.activationlab.plot.training.PreActivationFigure;
import org.activationlab.plot.training.TrainingHistoryFigure;

/**
 * The Training tab's figures of one moment of the run, built together from the same snapshots
 * (off the JavaFX thread, see {@link TrainingViewModel}). Alone, the run shows its prediction,
 * its pre-activation histograms over f and f' and its history; in compare mode the history
 * gives way to the compared network's prediction and histograms, every figure then titled with
 * its network's activations.
 *
 * @param snapshot the run's snapshot the figures show (the network diagram shows it too)
 * @param surface the prediction
 * @param preActivations the pre-activation histograms
 * @param history the training history, null in compare mode
 * @param comparisonSurface the compared network's prediction, null unless comparing
 * @param comparisonPreActivations the compared network's histograms, null unless comparing
 */
public record TrainingFigures(TrainingSnapshot snapshot, Figure surface, Figure preActivations, Figure history,
                              Figure comparisonSurface, Figure comparisonPreActivations) {

    /** The figures of {@code snapshots}: the run's, then the compared network's when there is one. */
    public static TrainingFigures of(List<TrainingSnapshot> snapshots) {
        TrainingSnapshot run = snapshots.get(0);
        if (snapshots.size() == 1) {
            return new TrainingFigures(run, DecisionSurfaceFigure.build(run), PreActivationFigure.build(run),
                    TrainingHistoryFigure.build(run), null, null);
        }
        TrainingSnapshot other = snapshots.get(1);
        return new TrainingFigures(run, named(DecisionSurfaceFigure.build(run), run),
                named(PreActivationFigure.build(run), run), null, named(DecisionSurfaceFigure.build(other), other),
                named(PreActivationFigure.build(other), other));
    }

    /** Whether these are the figures of two networks side by side. */
    public boolean comparing() {
        return comparisonSurface != null;
    }

    /** The figure titled with the network's activations, to tell compared networks apart. */
    private static Figure named(Figure figure, TrainingSnapshot snapshot) {
        String names = snapshot.weights().spec().activations().stream().map(ActivationSpec::name).distinct()
                .collect(Collectors.joining(" / "));
        return figure.withTitle(Text.plain(names + ": " + figure.title().content()));
    }
}
