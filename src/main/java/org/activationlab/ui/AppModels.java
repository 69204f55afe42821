package org.activationlab.ui;

import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import org.activationlab.model.PropertyAnalyzer;
import org.activationlab.ui.curves.CurvesViewModel;
import org.activationlab.ui.curves.gated.GatedViewModel;
import org.activationlab.ui.depth.DepthViewModel;
import org.activationlab.ui.export.ExportViewModel;
import org.activationlab.ui.export.SaveFileChooser;
import org.activationlab.ui.gates.GatesViewModel;
import org.activationlab.ui.library.ActivationChoices;
import org.activationlab.ui.neuron.NeuronViewModel;
import org.activationlab.ui.properties.PropertiesViewModel;
import org.activationlab.ui.training.NativeRunFileChooser;
import org.activationlab.ui.training.RunFileChooser;
import org.activationlab.ui.training.TrainingState;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.shootout.ShootoutState;
import org.activationlab.ui.shootout.ShootoutViewModel;
import org.activationlab.ui.training.TrainingViewModel;

/**
 * The view models of the main window and their background threads, created once per run. The
 * views are built on them and may be rebuilt (View &gt; Language builds them again in the new
 * language) while the models, and so everything the user set up or is training, live on.
 */
public final class AppModels {
    private final ExecutorService curvesWorker = Background.shared().lane("curves-analysis", ProblemSource.PROPERTIES);
    private final ExecutorService curvesFrames = Background.shared().lane("curves-frames", ProblemSource.FIGURE);
    private final ExecutorService exportWorker = Background.shared().lane("export", ProblemSource.EXPORT);
    private final MainViewModel main = new MainViewModel();
    private final CurvesViewModel curves;
    private final PropertiesViewModel properties;
    private final TrainingViewModel training;
    private final NeuronViewModel neuron = new NeuronViewModel();
    private final DepthViewModel depth;
    private final GatesViewModel gates = new GatesViewModel();
    private final GatedViewModel gated = new GatedViewModel();
    private final ExportViewModel exports;
    private final ShootoutViewModel shootout;

    private final RunFileChooser runFiles;

    /** The models of a new window, asking {@code chooser} where to save exports and the platform's dialog for the run's files. */
    public AppModels(SaveFileChooser chooser) {
        this(chooser, new NativeRunFileChooser());
    }

    /** The models of a new window, asking {@code chooser} where to save exports and {@code runFiles} for the run's files. */
    public AppModels(SaveFileChooser chooser, RunFileChooser runFiles) {
        this.runFiles = runFiles;
        curves = new CurvesViewModel(PropertyAnalyzer::analyze, curvesWorker, curvesFrames, Platform::runLater,
                main::showStatus);
        properties = new PropertiesViewModel(PropertyAnalyzer::analyze, main::showStatus,
                ActivationChoices.standard().list());
        training = new TrainingViewModel(TrainingState.INITIAL, main::showStatus);
        depth = new DepthViewModel(main::showStatus);
        exports = new ExportViewModel(chooser, exportWorker, Platform::runLater, main::showStatus);
        shootout = new ShootoutViewModel(ShootoutState.INITIAL, main::showStatus);
    }

    /**
     * Starts the background work (the properties table is computed, not typed in); the depth
     * study starts when its tab is first shown.
     */
    public void start() {
        curves.start();
        properties.load();
    }

    /**
     * Builds the figures the models hold again, in the current language (a figure's texts are
     * those of the language it was built in).
     */
    public void rebuildFigures() {
        curves.rebuildFigure();
        training.rebuildFigures();
        neuron.rebuildFigures();
        depth.rebuildFigures();
        gates.rebuildFigures();
        gated.rebuildFigures();
        shootout.rebuildTexts();
    }

    /** Stops the background work. */
    public void dispose() {
        properties.dispose();
        neuron.dispose();
        depth.dispose();
        gates.dispose();
        gated.dispose();
        training.close();
        shootout.dispose();
        Background.shared().stop(curvesWorker);
        Background.shared().stop(curvesFrames);
        exportWorker.shutdown();
    }

    public MainViewModel main() {
        return main;
    }

    public CurvesViewModel curves() {
        return curves;
    }

    public PropertiesViewModel properties() {
        return properties;
    }

    public TrainingViewModel training() {
        return training;
    }

    public NeuronViewModel neuron() {
        return neuron;
    }

    public DepthViewModel depth() {
        return depth;
    }

    public GatesViewModel gates() {
        return gates;
    }

    /** The Curves tab's two-input view of the gated units. */
    public GatedViewModel gated() {
        return gated;
    }

    /** Where the Training tab asks to save the run's files (GIF, metrics, weights). */
    public RunFileChooser runFiles() {
        return runFiles;
    }

    public ExportViewModel exports() {
        return exports;
    }

    public ShootoutViewModel shootout() {
        return shootout;
    }
}
