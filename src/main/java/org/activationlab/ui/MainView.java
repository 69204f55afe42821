package org.activationlab.ui;

import javafx.application.Platform;
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
import org.activationlab.ui.depth.DepthView;
import org.activationlab.ui.depth.DepthViewModel;
import org.activationlab.ui.gates.GatesView;
import org.activationlab.ui.gates.GatesViewModel;
import org.activationlab.ui.neuron.NeuronView;
import org.activationlab.ui.neuron.NeuronViewModel;
import org.activationlab.ui.studies.FigureSource;
import org.controlsfx.control.StatusBar;

import java.util.Locale;

/** The main window's content: menu bar, one tab per view, status bar. */
public final class MainView {
    private final MainViewModel model;
    private final Stage stage;
    private final PropertiesViewModel propertiesModel;
    private final NeuronViewModel neuronModel = new NeuronViewModel();
    private final DepthViewModel depthModel;
    private final GatesViewModel gatesModel = new GatesViewModel();
    private final BorderPane root = new BorderPane();
    private final MenuItem quit = new MenuItem(Messages.get(TextKeys.MENU_FILE_QUIT));
    private final MenuItem enlargeText = new MenuItem(Messages.get(TextKeys.MENU_VIEW_ENLARGE_TEXT));
    private final MenuItem shrinkText = new MenuItem(Messages.get(TextKeys.MENU_VIEW_SHRINK_TEXT));
    private final MenuItem resetText = new MenuItem(Messages.get(TextKeys.MENU_VIEW_RESET_TEXT));
    private final MenuItem fullScreen = new MenuItem(Messages.get(TextKeys.MENU_VIEW_FULL_SCREEN));
    private final MenuItem about = new MenuItem(Messages.get(TextKeys.MENU_HELP_ABOUT));
    private final StatusBar statusBar = new StatusBar();

    public MainView(MainViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        this.propertiesModel = new PropertiesViewModel(PropertyAnalyzer::analyze, model::showStatus);
        this.depthModel = new DepthViewModel(model::showStatus);
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
        propertiesModel.load();
    }

    /** Stops the background work of the views. */
    public void dispose() {
        propertiesModel.dispose();
        depthModel.dispose();
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
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        enlargeText.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        shrinkText.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        resetText.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        Menu file = new Menu(Messages.get(TextKeys.MENU_FILE), null, quit);
        Menu view = new Menu(Messages.get(TextKeys.MENU_VIEW), null,
                enlargeText, shrinkText, resetText, new SeparatorMenuItem(), fullScreen);
        Menu help = new Menu(Messages.get(TextKeys.MENU_HELP), null, about);
        return new MenuBar(file, view, help);
    }

    private TabPane createTabs() {
        Tab properties = new Tab(Messages.get(TextKeys.TAB_PROPERTIES), new PropertiesView(propertiesModel).root());
        properties.setClosable(false);
        NeuronView neuron = new NeuronView(neuronModel);
        DepthView depth = new DepthView(depthModel);
        GatesView gates = new GatesView(gatesModel);
        Tab depthTab = figureTab(TextKeys.TAB_DEPTH, depth.root(), depth);
        depthTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                depthModel.start();
            }
        });
        TabPane tabs = new TabPane(properties, figureTab(TextKeys.TAB_NEURON, neuron.root(), neuron), depthTab,
                figureTab(TextKeys.TAB_GATES, gates.root(), gates));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** A tab whose user data is the {@link FigureSource} that File &gt; Export saves from. */
    private static Tab figureTab(String key, Node content, FigureSource figures) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setClosable(false);
        tab.setUserData(figures);
        return tab;
    }

    private void initListeners() {
        statusBar.textProperty().bind(model.statusProperty());
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
