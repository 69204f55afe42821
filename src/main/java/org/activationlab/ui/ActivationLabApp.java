package org.activationlab.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.activationlab.ui.export.NativeSaveFileChooser;
import org.activationlab.ui.export.SaveFileChooser;
import org.activationlab.ui.prefs.UserPreferences;
import org.activationlab.ui.problems.Problems;
import org.activationlab.ui.prefs.WindowMemory;
import org.activationlab.ui.session.NativeSessionFileChooser;
import org.activationlab.ui.session.SessionFile;
import org.activationlab.ui.session.RecentFiles;
import org.activationlab.ui.session.SessionController;
import org.activationlab.ui.session.SessionFileChooser;
import org.activationlab.ui.session.SessionParts;
import org.activationlab.ui.session.ViewParts;
import org.activationlab.ui.training.NativeRunFileChooser;
import org.activationlab.ui.training.RunFileChooser;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The JavaFX application: one main window, in the language chosen last (View &gt; Language) or
 * else the system's. Switching language builds the window's views again in the new language on
 * the same {@link AppModels}, so every setting, the selected tab and a running training survive.
 */
public final class ActivationLabApp extends Application {
    /** Default size: fits a 1280x800 projector with room for window decorations. */
    static final double DEFAULT_WIDTH = 1240;
    static final double DEFAULT_HEIGHT = 760;
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;
    /** Share of a larger screen the window takes at start. */
    private static final double SCREEN_SHARE = 0.8;
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);
    /** The preference that keeps the lessons panel open or closed between runs (open at first). */
    static final String LESSONS_OPEN = "lessons.open";
    /** The named parameter ({@code --lang=en|zh}) through which the launcher passes the command line's language. */
    static final String LANG_PARAMETER = "lang";
    private static final String AWT_HEADLESS = "java.awt.headless";

    private final SaveFileChooser chooser;
    private final SessionFileChooser sessionChooser;
    private final RunFileChooser runFiles;
    private final UserPreferences preferences;
    private final LanguageSetting languageSetting;
    /** The default locale the app started with, which a switch back to its language restores. */
    private final Locale system = Locale.getDefault();
    /**
     * The language named on the command line ({@code --lang=TAG}), if any: it wins over the one
     * chosen last, for this run only; null when none was named.
     */
    private Language requestedLanguage;
    private AppModels models;
    private SessionController sessions;
    private MainView mainView;
    private Stage stage;

    /** The app, saving exports where the platform's save dialog says, keeping its preferences for the user. */
    public ActivationLabApp() {
        this(new NativeSaveFileChooser());
    }

    /** The app, asking {@code chooser} where to save exports (tests answer with a path). */
    ActivationLabApp(SaveFileChooser chooser) {
        this(chooser, new NativeSessionFileChooser(UserPreferences.standard()), UserPreferences.standard());
    }

    /**
     * The app, asking {@code chooser} where to save exports and {@code sessionChooser} for session
     * files, keeping the language, recent files and the window's placement in {@code preferences}.
     */
    ActivationLabApp(SaveFileChooser chooser, SessionFileChooser sessionChooser, UserPreferences preferences) {
        this(chooser, sessionChooser, new NativeRunFileChooser(), preferences);
    }

    /**
     * The app, asking {@code chooser} where to save exports, {@code sessionChooser} for session files and
     * {@code runFiles} where to save the training run's files, keeping its settings in {@code preferences}.
     */
    ActivationLabApp(SaveFileChooser chooser, SessionFileChooser sessionChooser, RunFileChooser runFiles,
            UserPreferences preferences) {
        this.chooser = chooser;
        this.runFiles = runFiles;
        this.sessionChooser = sessionChooser;
        this.preferences = preferences;
        this.languageSetting = new LanguageSetting(preferences);
    }

    /**
     * Keeps AWT headless (unless the user chose otherwise): the app uses AWT only to draw figures
     * into images, and AWT's X11 toolkit installs its own X error handler, which GTK 3 reports at
     * every start as "XSetErrorHandler() called with a GDK error trap pushed" (JDK-8156779).
     * Runs on every launch path ({@code java -jar}, the app image, {@code mvn javafx:run}) before
     * anything touches AWT.
     */
    @Override
    public void init() {
        if (System.getProperty(AWT_HEADLESS) == null) {
            System.setProperty(AWT_HEADLESS, "true");
        }
    }

    /** Opens the main window, and the session file named on the command line if there is one. */
    @Override
    public void start(Stage stage) {
        Parameters parameters = getParameters();
        if (parameters != null) {
            Optional.ofNullable(parameters.getNamed().get(LANG_PARAMETER))
                    .ifPresent(tag -> requestedLanguage = Language.of(Locale.forLanguageTag(tag)));
        }
        start(stage, parameters == null ? List.of() : parameters.getUnnamed());
    }

    /**
     * Opens the main window, then the first {@code .alab} file among {@code arguments} if there is
     * one (once the window shows, so that a file that cannot be opened is explained over it, in a
     * dialog that does not wait: no nested event loop during start-up).
     */
    void start(Stage stage, List<String> arguments) {
        this.stage = stage;
        Problems.shared().catchUncaught();
        AppFonts.load();
        (requestedLanguage != null ? requestedLanguage : languageSetting.initial(system)).makeCurrent(system);
        models = new AppModels(chooser, runFiles);
        sessions = new SessionController(stage, new SessionParts(), sessionChooser, new RecentFiles(preferences),
                models.main()::showStatus);
        preferences.onProblem(models.main()::showStatus);
        preferences.loadProblem().ifPresent(models.main()::showStatus);
        ViewParts.registerAll(sessions.parts(), models.curves(), models.properties(), models.training(),
                models.neuron(), models.depth(), models.gates(), () -> mainView.tabs());
        sessions.parts().register(ViewParts.lesson(() -> mainView.lessons()));
        sessions.parts().register(ViewParts.gated(models.gated()));
        sessions.parts().register(ViewParts.shootout(models.shootout()));
        mainView = new MainView(models, stage, this::switchLanguage, sessions);
        followLessonsPanel(preferences.getBoolean(LESSONS_OPEN, true));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(screen.getWidth(), Math.max(DEFAULT_WIDTH, screen.getWidth() * SCREEN_SHARE));
        double height = Math.min(screen.getHeight(), Math.max(DEFAULT_HEIGHT, screen.getHeight() * SCREEN_SHARE));
        Scene scene = new Scene(mainView.root(), width, height);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setTitle(Messages.get(TextKeys.APP_TITLE));
        stage.getIcons().addAll(ICON_SIZES.stream().map(ActivationLabApp::icon).toList());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.centerOnScreen();
        WindowMemory.attach(stage, preferences);
        stage.show();
        models.start();
        mainView.start();
        arguments.stream().filter(a -> a.toLowerCase(Locale.ROOT).endsWith("." + SessionFile.EXTENSION))
                .findFirst().map(Path::of).ifPresent(file -> Platform.runLater(() -> mainView.sessions().openAtStart(file)));
    }

    /** The models behind the window, once {@link #start} ran. */
    AppModels models() {
        return models;
    }

    /** The main window's content, once {@link #start} ran. */
    MainView mainView() {
        return mainView;
    }

    /**
     * Shows the window in {@code language}: new views on the same models, the same tab and lesson selected,
     * the old views stopped; the choice is kept for the next runs.
     */
    void switchLanguage(Language language) {
        int tab = mainView.selectedTab();
        String lesson = mainView.lessons().getLessonId();
        boolean lessonsOpen = mainView.lessonsOpen();
        mainView.close();
        language.makeCurrent(system);
        languageSetting.remember(language);
        models.rebuildFigures();
        mainView = new MainView(models, stage, this::switchLanguage, sessions);
        stage.getScene().setRoot(mainView.root());
        layOutAsAtStart(mainView.root());
        mainView.selectTab(tab);
        followLessonsPanel(lessonsOpen);
        if (lesson != null) {
            mainView.lessons().select(lesson);
        }
        stage.setTitle(Messages.get(TextKeys.APP_TITLE));
        models.main().showStatus(Messages.get(TextKeys.STATUS_READY));
        mainView.start();
    }

    /** Opens the lessons panel or not, and keeps the user's later choice for the next runs. */
    private void followLessonsPanel(boolean open) {
        mainView.setLessonsOpen(open);
        mainView.onLessonsOpenChanged(shown -> preferences.putBoolean(LESSONS_OPEN, shown));
    }

    /**
     * Styles and lays out a new window content with its first tab showing, as the first pulse
     * does at start, before another tab is selected: a slider laid out for the first time inside
     * a showing tab right after the root was replaced loses its tick labels otherwise.
     */
    private static void layOutAsAtStart(Parent root) {
        root.applyCss();
        root.layout();
    }

    @Override
    public void stop() {
        if (mainView != null) {
            mainView.close();
        }
        if (models != null) {
            models.dispose();
        }
        Background.shared().shutdown();
        Problems.shared().log().close();
    }

    private static Image icon(int size) {
        String path = "icons/icon-" + size + ".png";
        URL url = Objects.requireNonNull(ActivationLabApp.class.getResource(path), path + " is not packaged");
        return new Image(url.toExternalForm());
    }
}
