package org.activationlab.ui.curves;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.activationlab.plot.Theme;
import org.activationlab.plot.curves.CurvesCaption;
import org.activationlab.ui.FigureCanvas;
import org.activationlab.ui.Messages;
import org.activationlab.ui.Styles;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.WhileInScene;
import org.activationlab.ui.export.FigureSource;
import org.activationlab.ui.export.VisibleFigure;
import org.activationlab.ui.library.FunctionLibrary;
import org.activationlab.ui.presentation.ControlsVisibility;
import org.activationlab.ui.presentation.Presentable;
import org.activationlab.ui.presentation.PresentationSettings;

/**
 * The curves tab: on the left the functions to plot, their parameters, the axes, the depth n and
 * the saturation marks; in the middle the plot (f above, f' below) with the hover readout; under
 * it the properties table and the formulas of the plotted functions. Its figure is what File &gt;
 * Export writes. With the controls hidden only the plot and the parameters stay.
 */
public final class CurvesView implements FigureSource, Presentable {
    /** The start of the suggested export file name. */
    private static final String EXPORT_NAME = "curves";
    /** Share of the height the plot takes at start. */
    private static final double PLOT_SHARE = 0.7;

    private final CurvesViewModel model;
    private final PlotView plot;
    /** The colours of the figure and of every swatch that refers to it. */
    private final ObservableValue<Theme> theme;
    private final ObservableBooleanValue figureAvailable;
    private final ControlsVisibility secondary = new ControlsVisibility();
    private final SplitPane root;

    /**
     * @param model the state and commands of the tab
     * @param presentation the scale, theme and palette the figure and its swatches follow
     */
    public CurvesView(CurvesViewModel model, PresentationSettings presentation) {
        this.model = model;
        this.theme = presentation.figureTheme();
        this.plot = new PlotView(model, theme, presentation.screenOptions(PlotView.BASE_OPTIONS));
        this.figureAvailable = Bindings.isNotNull(model.frameProperty());
        this.root = createView(presentation);
    }

    /** The node to put in the tab. */
    public Node root() {
        return root;
    }

    /** The canvas the figure is drawn on. */
    public FigureCanvas canvas() {
        return plot.canvas();
    }

    /** The x line of the hover readout, e.g. "x = 0.5" (for tests that hover). */
    Label readoutX() {
        return plot.overlay().xLabel();
    }

    private SplitPane createView(PresentationSettings presentation) {
        VBox functions = section(TextKeys.CURVES_SECTION_FUNCTIONS,
                new VBox(new FunctionListView(model, theme).root(), new TypedFormulasView(model, theme, FunctionLibrary.standard()).root()));
        VBox axes = section(TextKeys.CURVES_SECTION_AXES, new AxesView(model).root());
        VBox depth = section(TextKeys.CURVES_SECTION_DEPTH, new GradientDepthView(model).root());
        VBox saturation = section(TextKeys.CURVES_SECTION_SATURATION, new SaturationView(model).root());
        VBox sidebar = new VBox(functions,
                section(TextKeys.CURVES_SECTION_PARAMETERS, new ParametersView(model, theme).root()),
                axes, depth, saturation);
        secondary.add(functions, axes, depth, saturation);
        sidebar.getStyleClass().add(Styles.CURVES_SIDEBAR);
        ScrollPane side = new ScrollPane(sidebar);
        side.setFitToWidth(true);
        side.getStyleClass().add(Styles.CURVES_SIDEBAR_SCROLL);
        Node properties = new CurvesPropertiesView(model, theme).root();
        SplitPane centre = new SplitPane(plot.root(), properties);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(PLOT_SHARE);
        secondary.addSplitItem(centre, properties);
        SidebarSplitPane view = new SidebarSplitPane(side, centre);
        WhileInScene.of(view, presentation.scaleProperty()).addListener((obs, old, scale) -> view.fitSidebar());
        view.getStyleClass().add(Styles.CURVES_VIEW);
        return view;
    }

    private static VBox section(String titleKey, Node body) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox section = new VBox(title, body);
        section.getStyleClass().add(Styles.CURVES_SECTION);
        return section;
    }

    @Override
    public Optional<VisibleFigure> currentFigure() {
        CurvesFrame frame = model.getFrame();
        FigureCanvas canvas = plot.canvas();
        int width = (int) Math.round(canvas.getWidth());
        int height = (int) Math.round(canvas.getHeight());
        if (frame == null || width < 1 || height < 1) {
            return Optional.empty();
        }
        return Optional.of(new VisibleFigure(frame.figure(), CurvesCaption.of(frame.settings()),
                frame.data().table(frame.settings().depth()), width, height, PlotView.BASE_OPTIONS, EXPORT_NAME,
                canvas.getRenderOptions()));
    }

    @Override
    public void setControlsHidden(boolean hidden) {
        secondary.setControlsHidden(hidden);
    }

    @Override
    public ObservableBooleanValue figureAvailable() {
        return figureAvailable;
    }
}
