package org.activationlab.ui.curves;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.activationlab.ui.Messages;
import org.activationlab.ui.WhileInScene;
import org.activationlab.ui.curves.gated.GatedKeys;
import org.activationlab.ui.curves.gated.GatedState;
import org.activationlab.ui.curves.gated.GatedView;
import org.activationlab.ui.curves.gated.GatedViewModel;
import org.activationlab.ui.export.FigureSource;
import org.activationlab.ui.export.VisibleFigure;
import org.activationlab.ui.presentation.Presentable;

/**
 * The Curves tab: a switch between the element-wise functions ({@link CurvesView}) and the
 * two-input view of the gated units ({@link GatedView}), following {@link GatedState#showing()}.
 * File &gt; Export and Edit &gt; Copy Image take the figure of the view shown.
 */
public final class CurvesTabView implements FigureSource, Presentable {
    /** The style class of the switch's bar. */
    public static final String MODE_BAR = "curves-mode-bar";

    private final CurvesView elementwise;
    private final GatedView gated;
    private final GatedViewModel gatedModel;
    /** Whether the gated units are shown, observed while the tab is in a scene. */
    private final ObservableValue<Boolean> showingGated;
    private final ObservableBooleanValue figureAvailable;
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleButton elementwiseButton = new ToggleButton(Messages.get(GatedKeys.MODE_ELEMENTWISE));
    private final ToggleButton gatedButton = new ToggleButton(Messages.get(GatedKeys.MODE_GATED));
    private final BorderPane root = new BorderPane();

    public CurvesTabView(CurvesView elementwise, GatedView gated, GatedViewModel gatedModel) {
        this.elementwise = elementwise;
        this.gated = gated;
        this.gatedModel = gatedModel;
        this.showingGated = WhileInScene.of(root, gatedModel.stateProperty().map(GatedState::showing));
        this.figureAvailable = Bindings.createBooleanBinding(
                () -> gatedModel.getState().showing() ? gated.figureAvailable().get()
                        : elementwise.figureAvailable().get(),
                showingGated, gated.figureAvailable(), elementwise.figureAvailable());
        createView();
        initListeners();
    }

    /** The node to put in the tab. */
    public Node root() {
        return root;
    }

    /** The element-wise functions' view (the tab's first). */
    public CurvesView elementwise() {
        return elementwise;
    }

    private void createView() {
        elementwiseButton.setId("curves-mode-elementwise");
        gatedButton.setId("curves-mode-gated");
        elementwiseButton.setToggleGroup(modes);
        gatedButton.setToggleGroup(modes);
        // the switch's two buttons show their names whole: where the tab is too narrow for both on
        // one line (a large View > Scale beside the lessons), the second goes under the first
        elementwiseButton.setMinWidth(Region.USE_PREF_SIZE);
        gatedButton.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(elementwiseButton, gatedButton);
        bar.getStyleClass().add(MODE_BAR);
        root.setTop(bar);
        root.setCenter(new StackPane(elementwise.root(), gated.root()));
    }

    private void initListeners() {
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                modes.selectToggle(old);
            } else {
                gatedModel.setShowing(now == gatedButton);
            }
        });
        showingGated.addListener((obs, old, now) -> show(now));
        show(gatedModel.getState().showing());
    }

    private void show(boolean showGated) {
        modes.selectToggle(showGated ? gatedButton : elementwiseButton);
        gated.root().setVisible(showGated);
        elementwise.root().setVisible(!showGated);
        // the hidden view leaves the layout too: a StackPane is never narrower than its widest managed
        // child, so the hidden view's least width would push the shown one past the window's edge
        gated.root().setManaged(showGated);
        elementwise.root().setManaged(!showGated);
    }

    @Override
    public Optional<VisibleFigure> currentFigure() {
        return gatedModel.getState().showing() ? gated.currentFigure() : elementwise.currentFigure();
    }

    @Override
    public ObservableBooleanValue figureAvailable() {
        return figureAvailable;
    }

    @Override
    public void setControlsHidden(boolean hidden) {
        elementwise.setControlsHidden(hidden);
        gated.setControlsHidden(hidden);
    }
}
