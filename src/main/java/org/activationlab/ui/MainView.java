package org.activationlab.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.ui.properties.PropertiesView;
import org.activationlab.ui.properties.PropertiesViewModel;
import org.activationlab.ui.training.TrainingKeys;
import org.activationlab.ui.training.TrainingPreset;
import org.activationlab.ui.training.TrainingSetup;
import org.activationlab.ui.training.TrainingView;
import org.activationlab.ui.training.TrainingViewModel;
import org.activationlab.ui.depth.DepthView;
import org.activationlab.ui.depth.DepthViewModel;
import org.activationlab.ui.gates.GatesView;
import org.activationlab.ui.gates.GatesViewModel;
import org.activationlab.ui.neuron.NeuronView;
import org.activationlab.ui.neuron.NeuronViewModel;
import org.activationlab.ui.curves.CurvesView;
import org.activationlab.ui.curves.CurvesViewModel;
import org.activationlab.ui.export.ExportFlow;
import org.activationlab.ui.export.ExportViewModel;
import org.activationlab.ui.export.FigureSource;
import org.activationlab.ui.export.NativeSaveFileChooser;
import org.activationlab.ui.export.SaveFileChooser;
import org.controlsfx.control.StatusBar;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * The main window's content: menu bar, one tab per view (Curves first), status bar. File &gt;
 * Export and Edit &gt; Copy Image act on the selected tab's figure, when it has one.
 */
public final class MainView {
    private final MainViewModel model;
    private final Stage stage;
    private final ExecutorService curvesWorker = BackgroundThreads.single("curves-analysis");
    private final ExecutorService exportWorker = BackgroundThreads.single("export");
    private final CurvesViewModel curvesModel;
    private final PropertiesViewModel propertiesModel;
    private final NeuronViewModel neuronModel = new NeuronViewModel();
    private final DepthViewModel depthModel;
    private final TrainingViewModel trainingModel;
    private final TrainingView trainingView;
    private final GatesViewModel gatesModel = new GatesViewModel();
    private final ExportFlow exportFlow;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();
    private final MenuItem export = new MenuItem(Messages.get(TextKeys.MENU_FILE_EXPORT));
    private final MenuItem copyImage = new MenuItem(Messages.get(TextKeys.MENU_EDIT_COPY_IMAGE));
    private final MenuItem quit = new MenuItem(Messages.get(TextKeys.MENU_FILE_QUIT));
    private final MenuItem enlargeText = new MenuItem(Messages.get(TextKeys.MENU_VIEW_ENLARGE_TEXT));
    private final MenuItem shrinkText = new MenuItem(Messages.get(TextKeys.MENU_VIEW_SHRINK_TEXT));
    private final MenuItem resetText = new MenuItem(Messages.get(TextKeys.MENU_VIEW_RESET_TEXT));
    private final MenuItem fullScreen = new MenuItem(Messages.get(TextKeys.MENU_VIEW_FULL_SCREEN));
    private final MenuItem about = new MenuItem(Messages.get(TextKeys.MENU_HELP_ABOUT));
    private final StatusBar statusBar = new StatusBar();

    /** The main window of the app, saving exports where the platform's save dialog says. */
    public MainView(MainViewModel model, Stage stage) {
        this(model, stage, new NativeSaveFileChooser());
    }

    /** The main window, asking {@code chooser} where to save exports. */
    public MainView(MainViewModel model, Stage stage, SaveFileChooser chooser) {
        this.model = model;
        this.stage = stage;
        this.curvesModel = new CurvesViewModel(PropertyAnalyzer::analyze, curvesWorker, Platform::runLater,
                PulseCoalescer::new, model::showStatus);
        this.propertiesModel = new PropertiesViewModel(PropertyAnalyzer::analyze, model::showStatus);
        this.depthModel = new DepthViewModel(model::showStatus);
        this.trainingModel = new TrainingViewModel(TrainingSetup.defaults(), model::showStatus);
        this.trainingView = new TrainingView(trainingModel);
        this.exportFlow = new ExportFlow(new ExportViewModel(chooser, exportWorker, Platform::runLater,
                model::showStatus), stage);
        createView();
        initListeners();
    }

    /** The node to put in the scene. */
    public Parent root() {
        return root;
    }

    /**
     * Starts the background work of the views (the properties table is computed, not typed in);
     * the depth study starts when its tab is first shown.
     */
    public void start() {
        curvesModel.start();
        propertiesModel.load();
        trainingView.start();
    }

    /** Stops the background work of the views. */
    public void dispose() {
        propertiesModel.dispose();
        depthModel.dispose();
        trainingView.stop();
        trainingModel.close();
        curvesWorker.shutdownNow();
        exportWorker.shutdown();
    }

    private void createView() {
        root.getStyleClass().add(Styles.APP);
        root.setTop(createMenuBar());
        root.setCenter(createTabs());
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        root.setBottom(statusBar);
        applyTextScale();
    }

    private MenuBar createMenuBar() {
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        copyImage.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        enlargeText.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        shrinkText.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        resetText.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        Menu file = new Menu(Messages.get(TextKeys.MENU_FILE), null, export, new SeparatorMenuItem(), quit);
        Menu edit = new Menu(Messages.get(TextKeys.MENU_EDIT), null, copyImage);
        Menu view = new Menu(Messages.get(TextKeys.MENU_VIEW), null,
                enlargeText, shrinkText, resetText, new SeparatorMenuItem(), fullScreen);
        Menu help = new Menu(Messages.get(TextKeys.MENU_HELP), null, about);
        return new MenuBar(file, edit, view, help);
    }

    private TabPane createTabs() {
        CurvesView curves = new CurvesView(curvesModel, model.textScaleProperty());
        Tab properties = new Tab(Messages.get(TextKeys.TAB_PROPERTIES), new PropertiesView(propertiesModel).root());
        NeuronView neuron = new NeuronView(neuronModel);
        DepthView depth = new DepthView(depthModel);
        GatesView gates = new GatesView(gatesModel);
        Tab depthTab = figureTab(TextKeys.TAB_DEPTH, depth.root(), depth);
        depthTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                depthModel.start();
            }
        });
        Tab training = figureTab(TrainingKeys.TAB, trainingView.root(), trainingView);
        training.setId("training-tab");
        neuron.setOnTrainXor(() -> {
            trainingModel.applyPreset(TrainingPreset.HIDDEN_LAYER_XOR);
            tabs.getSelectionModel().select(training);
        });
        tabs.getTabs().addAll(figureTab(TextKeys.TAB_CURVES, curves.root(), curves), properties, training,
                figureTab(TextKeys.TAB_NEURON, neuron.root(), neuron), depthTab,
                figureTab(TextKeys.TAB_GATES, gates.root(), gates));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** A tab whose user data is the {@link FigureSource} that File &gt; Export and Edit &gt; Copy Image use. */
    private static Tab figureTab(String key, Node content, FigureSource figures) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setUserData(figures);
        return tab;
    }

    /** The figure of the selected tab, if it has one. */
    private Optional<FigureSource> currentSource() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return selected != null && selected.getUserData() instanceof FigureSource source
                ? Optional.of(source) : Optional.empty();
    }

    /** Export and Copy Image work while the selected tab shows a figure. */
    private void followSelectedTab() {
        Optional<FigureSource> source = currentSource();
        export.disableProperty().unbind();
        copyImage.disableProperty().unbind();
        if (source.isPresent()) {
            export.disableProperty().bind(Bindings.not(source.get().figureAvailable()));
            copyImage.disableProperty().bind(Bindings.not(source.get().figureAvailable()));
        } else {
            export.setDisable(true);
            copyImage.setDisable(true);
        }
    }

    private void initListeners() {
        statusBar.textProperty().bind(model.statusProperty());
        export.setOnAction(e -> currentSource().ifPresent(exportFlow::export));
        copyImage.setOnAction(e -> currentSource().ifPresent(exportFlow::copyImage));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> followSelectedTab());
        followSelectedTab();
        quit.setOnAction(e -> Platform.exit());
        enlargeText.setOnAction(e -> model.enlargeText());
        shrinkText.setOnAction(e -> model.shrinkText());
        resetText.setOnAction(e -> model.resetText());
        fullScreen.setOnAction(e -> stage.setFullScreen(!stage.isFullScreen()));
        about.setOnAction(e -> AboutDialog.show(stage));
        model.textScaleProperty().addListener((obs, old, scale) -> applyTextScale());
    }

    private void applyTextScale() {
        double size = Styles.BASE_FONT_SIZE * model.getTextScale();
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", size));
    }
}
