package org.activationlab.ui.studies;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import org.activationlab.ui.WhileInScene;
import org.activationlab.ui.presentation.ControlsVisibility;
import org.activationlab.ui.presentation.Presentable;
import org.activationlab.ui.controls.WholeItemsSplitPane;

/**
 * The skeleton of a study view (Neuron, Depth, Gates, the gated units' view): a split pane with
 * the scrolling controls on the left and the figures, all on one {@link FigureBoard}, on the
 * right; secondary controls that View &gt; Hide Controls hides; the view showing its state
 * whenever it changes while the view is in a scene. A subclass builds its controls and figures
 * and lays them out with {@link #layOut}.
 */
public abstract class StudyView implements BoardView, Presentable {
    /** The style class of a panel of controls. */
    private static final String CONTROLS = "study-controls";
    /** The style class of a row of preset buttons. */
    private static final String PRESETS = "preset-buttons";

    /** The figures, for export and the figure last clicked. */
    protected final FigureBoard board = new FigureBoard();
    /** Controls on the left, figures on the right (a subclass may have them {@linkplain WholeItemsSplitPane#stackWhenNarrow() stack}). */
    protected final WholeItemsSplitPane root = new WholeItemsSplitPane();
    /** What View &gt; Hide Controls hides. */
    protected final ControlsVisibility secondary = new ControlsVisibility();

    /** The node to put in the tab. */
    public Node root() {
        return root;
    }

    @Override
    public FigureBoard board() {
        return board;
    }

    @Override
    public void setControlsHidden(boolean hidden) {
        secondary.setControlsHidden(hidden);
    }

    /** {@code controls} styled as a panel of a study's controls, in a scrolling side panel. */
    protected static StudySide side(Pane controls) {
        controls.getStyleClass().add(CONTROLS);
        return new StudySide(controls);
    }

    /**
     * Puts {@code left} beside {@code figures}, {@code left} taking {@code share} of the width and
     * keeping its width as the window resizes; {@code styleClass} names the view.
     */
    protected final void layOut(StudySide left, Node figures, double share, String styleClass) {
        root.getItems().setAll(left, figures);
        root.setDividerPositions(share);
        SplitPane.setResizableWithParent(left, false);
        root.getStyleClass().add(styleClass);
    }

    /**
     * A row of the side panel {@code left} beside the figure {@code figure}, the panel taking 30% of
     * the width and hidden with the secondary controls; over the figure where both do not fit side by side.
     */
    protected final SplitPane sideRow(StudySide left, Node figure) {
        WholeItemsSplitPane row = new WholeItemsSplitPane(left, figure);
        row.setDividerPositions(0.3);
        row.stackWhenNarrow();
        SplitPane.setResizableWithParent(left, false);
        secondary.addSplitItem(row, left);
        return row;
    }

    /**
     * A flowing row of buttons, one a preset, each labelled {@code label} and with the id
     * {@code id} of its preset, applying its preset with {@code apply}.
     */
    protected static <P> FlowPane presetButtons(List<P> presets, Function<P, String> label, Function<P, String> id,
                                                Consumer<P> apply) {
        FlowPane row = new FlowPane();
        row.getStyleClass().add(PRESETS);
        for (P p : presets) {
            Button b = new Button(label.apply(p));
            b.setId(id.apply(p));
            b.setOnAction(e -> apply.accept(p));
            row.getChildren().add(b);
        }
        return row;
    }

    /** Shows {@code state} now with {@code show}, and again whenever it changes while the view is in a scene. */
    protected final <S> void follow(ObservableValue<S> state, Consumer<S> show) {
        WhileInScene.of(root, state).addListener((obs, old, now) -> show.accept(now));
        show.accept(state.getValue());
    }
}
