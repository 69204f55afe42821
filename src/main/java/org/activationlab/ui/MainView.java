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
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.activationlab.plot.RenderOptions;
import org.activationlab.ui.presentation.Presentable;
import org.activationlab.ui.presentation.PresentationKeys;
import org.activationlab.ui.presentation.PresentationMenu;
import org.activationlab.ui.presentation.PresentationSettings;
import org.activationlab.ui.presentation.PresentationStyler;
import org.activationlab.ui.presentation.ShortcutsDialog;
import org.activationlab.ui.problems.ProblemBanner;
import org.activationlab.ui.problems.ProblemKeys;
import org.activationlab.ui.problems.ProblemReport;
import org.activationlab.ui.problems.Problems;
import org.activationlab.ui.studies.FigureBoard;
import org.activationlab.ui.properties.PropertiesView;
import org.activationlab.ui.training.TrainingKeys;
import org.activationlab.ui.training.TrainingPreset;
import org.activationlab.ui.training.TrainingShortcuts;
import org.activationlab.ui.training.TrainingView;
import org.activationlab.ui.depth.DepthView;
import org.activationlab.ui.gates.GatesView;
import org.activationlab.ui.neuron.NeuronView;
import org.activationlab.ui.curves.CurvesTabView;
import org.activationlab.ui.curves.CurvesView;
import org.activationlab.ui.curves.gated.GatedView;
import org.activationlab.ui.export.ExportFlow;
import org.activationlab.ui.export.FigureSource;
import org.activationlab.ui.lessons.LessonLibrary;
import org.activationlab.ui.library.LibraryDialog;
import org.activationlab.ui.library.LibraryKeys;
import org.activationlab.ui.lessons.LessonTab;
import org.activationlab.ui.lessons.LessonsDock;
import org.activationlab.ui.lessons.LessonsPanel;
import org.activationlab.ui.lessons.LessonsViewModel;
import org.activationlab.ui.session.SessionController;
import org.activationlab.ui.session.SessionMenu;
import org.activationlab.ui.shootout.RunOpener;
import org.activationlab.ui.shootout.ShootoutKeys;
import org.activationlab.ui.shootout.ShootoutView;
import org.controlsfx.control.StatusBar;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;

/**
 * The main window's content: menu bar, one tab per view (Curves first), status bar. File &gt;
 * Export and Edit &gt; Copy Image act on the selected tab's figure, when it has one. View holds
 * presentation mode (scale, theme, palette, hidden controls, full screen) and the language. The
 * views are built in the current language on the long-lived {@link AppModels}; View &gt; Language
 * asks for a new MainView in the chosen language, which takes over the same models.
 */
public final class MainView {
    /** The id of File &gt; Quit (and of its node in the open menu). */
    public static final String QUIT_ID = "menu-quit";
    /** The id of File &gt; Functions Library. */
    public static final String LIBRARY_ID = "menu-functions-library";
    private final AppModels models;
    private final MainViewModel model;
    private final Stage stage;
    private final Consumer<Language> chooseLanguage;
    private final TrainingView trainingView;
    private final ExportFlow exportFlow;
    private final FittingTabPane tabs = new FittingTabPane();
    private final BorderPane root = new BorderPane();
    private final MenuItem export = new MenuItem(Messages.get(TextKeys.MENU_FILE_EXPORT));
    private final MenuItem copyImage = new MenuItem(Messages.get(TextKeys.MENU_EDIT_COPY_IMAGE));
    private final MenuItem quit = new MenuItem(Messages.get(TextKeys.MENU_FILE_QUIT));
    private final MenuItem enlargeText = new MenuItem(Messages.get(TextKeys.MENU_VIEW_ENLARGE_TEXT));
    private final MenuItem shrinkText = new MenuItem(Messages.get(TextKeys.MENU_VIEW_SHRINK_TEXT));
    private final MenuItem resetText = new MenuItem(Messages.get(TextKeys.MENU_VIEW_RESET_TEXT));
    private final MenuItem fullScreen = new MenuItem(Messages.get(TextKeys.MENU_VIEW_FULL_SCREEN));
    private final MenuItem about = new MenuItem(Messages.get(TextKeys.MENU_HELP_ABOUT));
    private final MenuItem shortcuts = new MenuItem(Messages.get(PresentationKeys.MENU_SHORTCUTS));
    private final MenuItem reportProblem = new MenuItem(Messages.get(ProblemKeys.MENU_REPORT));
    private MenuBar menuBar;
    private final StatusBar statusBar = new StatusBar();
    private Map<LessonTab, Tab> lessonTabs;
    private LessonsViewModel lessonsModel;
    private LessonsDock lessonsDock;
    private final SessionMenu sessionMenu;

    /**
     * The main window's views on {@code models}, in the current language.
     *
     * @param chooseLanguage what View &gt; Language does with the language picked (the current one is never passed)
     * @param sessions what File &gt; Open Session, Save Session and Open Recent do
     */
    public MainView(AppModels models, Stage stage, Consumer<Language> chooseLanguage, SessionController sessions) {
        this.models = models;
        this.model = models.main();
        this.stage = stage;
        this.chooseLanguage = chooseLanguage;
        this.trainingView = new TrainingView(models.training(), models.runFiles());
        this.exportFlow = new ExportFlow(models.exports(), stage);
        this.sessionMenu = new SessionMenu(sessions);
        createView();
        initListeners();
    }

    /** File &gt; Open Session, Save Session and Open Recent (e.g. to open the session named on the command line). */
    public SessionController sessions() {
        return sessionMenu.controller();
    }

    /** The tabs of the views. */
    public TabPane tabs() {
        return tabs;
    }

    /** The node to put in the scene. */
    public Parent root() {
        return root;
    }

    /** Starts the views' own animation (the training panel follows its thread). */
    public void start() {
        trainingView.start();
    }

    /**
     * Stops the views' own animation before they are dropped; the models and their background
     * work go on (see {@link AppModels#dispose()}).
     */
    public void close() {
        trainingView.stop();
    }

    /** The position of the selected tab. */
    public int selectedTab() {
        return tabs.getSelectionModel().getSelectedIndex();
    }

    /** Selects the tab at {@code index}. */
    public void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    private void createView() {
        root.getStyleClass().add(Styles.APP);
        lessonsDock = createLessons(createTabs());
        menuBar = createMenuBar(lessonsDock.menuItem());
        root.setTop(new VBox(menuBar, new ProblemBanner(Problems.shared()).root()));
        root.setCenter(lessonsDock.root());
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        root.setBottom(statusBar);
        PresentationStyler.install(model.presentation(), root, Styles.BASE_FONT_SIZE,
                AppFonts.familyStyle(Language.current()));
    }

    /** The lessons panel beside the tabs, its "show me" buttons acting on the views. */
    private LessonsDock createLessons(FittingTabPane content) {
        AppNavigator navigator = new AppNavigator(content, lessonTabs, models.curves(), models.properties(),
                models.training(), models.neuron(), models.depth(), models.gates(), models.gated(), models.shootout());
        lessonsModel = new LessonsViewModel(LessonLibrary.load(LessonLibrary.userFolder()), navigator,
                model::showStatus);
        return new LessonsDock(content.root(), new LessonsPanel(lessonsModel), true);
    }

    /** The lessons panel's state: the lesson shown ({@code getLessonId()}) for sessions to save. */
    public LessonsViewModel lessons() {
        return lessonsModel;
    }

    /** Whether the lessons panel is open beside the tabs. */
    public boolean lessonsOpen() {
        return lessonsDock.menuItem().isSelected();
    }

    /** Opens or closes the lessons panel. */
    public void setLessonsOpen(boolean open) {
        lessonsDock.menuItem().setSelected(open);
    }

    /** Calls {@code listener} whenever the user opens or closes the lessons panel. */
    public void onLessonsOpenChanged(Consumer<Boolean> listener) {
        lessonsDock.menuItem().selectedProperty().addListener((obs, was, open) -> listener.accept(open));
    }

    private MenuBar createMenuBar(MenuItem lessons) {
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        copyImage.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        quit.setId(QUIT_ID);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        enlargeText.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        shrinkText.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        resetText.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        MenuItem library = new MenuItem(Messages.get(LibraryKeys.MENU));
        library.setId(LIBRARY_ID);
        library.setOnAction(e -> LibraryDialog.standard().show(stage));
        Menu file = new Menu(Messages.get(TextKeys.MENU_FILE), null, library, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);
        file.getItems().addAll(0, sessionMenu.items());
        Menu edit = new Menu(Messages.get(TextKeys.MENU_EDIT), null, copyImage);
        Menu view = new Menu(Messages.get(TextKeys.MENU_VIEW), null,
                enlargeText, shrinkText, resetText, new SeparatorMenuItem());
        view.getItems().addAll(new PresentationMenu(model.presentation()).items());
        view.getItems().addAll(new SeparatorMenuItem(), fullScreen, lessons, new SeparatorMenuItem(),
                LanguageMenu.create(chooseLanguage));
        Menu help = new Menu(Messages.get(TextKeys.MENU_HELP), null, shortcuts, reportProblem, new SeparatorMenuItem(),
                about);
        return new MenuBar(file, edit, view, help);
    }

    private FittingTabPane createTabs() {
        PresentationSettings presentation = model.presentation();
        GatedView gated = new GatedView(models.gated());
        CurvesTabView curves = new CurvesTabView(new CurvesView(models.curves(), presentation), gated, models.gated());
        Tab properties = new Tab(Messages.get(TextKeys.TAB_PROPERTIES),
                new TabScroll(new PropertiesView(models.properties()).root()));
        properties.setId("properties-tab");
        NeuronView neuron = new NeuronView(models.neuron());
        DepthView depth = new DepthView(models.depth());
        GatesView gates = new GatesView(models.gates());
        Tab depthTab = figureTab("depth-tab", TextKeys.TAB_DEPTH, depth.root(), depth);
        depthTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                models.depth().start();
            }
        });
        Tab training = figureTab("training-tab", TrainingKeys.TAB, trainingView.root(), trainingView);
        neuron.setOnTrainXor(() -> {
            models.training().applyPreset(TrainingPreset.HIDDEN_LAYER_XOR);
            tabs.getSelectionModel().select(training);
        });
        Tab curvesTab = figureTab("curves-tab", TextKeys.TAB_CURVES, curves.root(), curves);
        Tab neuronTab = figureTab("neuron-tab", TextKeys.TAB_NEURON, neuron.root(), neuron);
        Tab gatesTab = figureTab("gates-tab", TextKeys.TAB_GATES, gates.root(), gates);
        tabs.getTabs().addAll(curvesTab, properties, training, neuronTab, depthTab, gatesTab);
        ShootoutView shootout = new ShootoutView(models.shootout(), models.runFiles());
        shootout.setOnOpenRun(new RunOpener(models.training(), () -> tabs.getSelectionModel().select(training),
                model::showStatus)::open);
        Tab shootoutTab = figureTab("shootout-tab", ShootoutKeys.TAB, shootout.root(), shootout.figures());
        tabs.getTabs().add(shootoutTab);
        lessonTabs = Map.of(LessonTab.CURVES, curvesTab, LessonTab.PROPERTIES, properties, LessonTab.TRAINING, training,
                LessonTab.NEURON, neuronTab, LessonTab.DEPTH, depthTab, LessonTab.GATES, gatesTab,
                LessonTab.SHOOTOUT, shootoutTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (FigureBoard board : List.of(trainingView.board(), neuron.board(), depth.board(), gates.board(),
                gated.board(), shootout.figures().board())) {
            board.screenOptionsProperty().bind(presentation.screenOptions(RenderOptions.DEFAULT));
        }
        List<Presentable> views = List.of(curves, trainingView, neuron, depth, gates);
        views.forEach(v -> v.setControlsHidden(presentation.isControlsHidden()));
        WhileInScene.of(root, presentation.controlsHiddenProperty()).addListener((obs, old, hidden) ->
                views.forEach(v -> v.setControlsHidden(hidden)));
        TrainingShortcuts.install(root, training.selectedProperty(), models.training());
        return tabs;
    }

    /**
     * A tab whose user data is the {@link FigureSource} that File &gt; Export and Edit &gt; Copy Image use;
     * {@code id} names it in session files. Its content scrolls where it cannot shrink to the tab ({@link TabScroll}).
     */
    private static Tab figureTab(String id, String key, Node content, FigureSource figures) {
        Tab tab = new Tab(Messages.get(key), new TabScroll(content));
        tab.setId(id);
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
        enlargeText.setOnAction(e -> model.presentation().enlarge());
        shrinkText.setOnAction(e -> model.presentation().shrink());
        resetText.setOnAction(e -> model.presentation().resetScale());
        fullScreen.setOnAction(e -> stage.setFullScreen(!stage.isFullScreen()));
        about.setOnAction(e -> AboutDialog.show(stage));
        reportProblem.setOnAction(e -> ProblemReport.copyLog(Problems.shared(), model::showStatus));
        shortcuts.setOnAction(e -> ShortcutsDialog.show(stage, menuBar));
    }
}
