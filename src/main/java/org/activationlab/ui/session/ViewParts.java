package org.activationlab.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.activationlab.ui.curves.CurvesViewModel;
import org.activationlab.ui.curves.gated.GatedViewModel;
import org.activationlab.ui.depth.DepthViewModel;
import org.activationlab.ui.gates.GatesViewModel;
import org.activationlab.ui.lessons.LessonsViewModel;
import org.activationlab.ui.neuron.NeuronViewModel;
import org.activationlab.ui.properties.PropertiesViewModel;
import org.activationlab.ui.shootout.ShootoutViewModel;
import org.activationlab.ui.training.TrainingViewModel;

/** The session parts of the app's views: each reads its view model's state and puts a saved one back. */
public final class ViewParts {
    private ViewParts() {
    }

    /** Registers the part of every view and, last, the selected tab. */
    public static void registerAll(SessionParts parts, CurvesViewModel curves, PropertiesViewModel properties,
                                   TrainingViewModel training, NeuronViewModel neuron, DepthViewModel depth,
                                   GatesViewModel gates, Supplier<TabPane> tabs) {
        parts.register(curves(curves));
        parts.register(properties(properties));
        parts.register(training(training));
        parts.register(neuron(neuron));
        parts.register(depth(depth));
        parts.register(gates(gates));
        parts.register(selectedTab(tabs));
    }

    /** The Curves tab, under {@code "curves"}. */
    public static SessionPart curves(CurvesViewModel model) {
        return new StatePart<>("curves", model::getState, CurvesJson::write, CurvesJson::read, model::restore);
    }

    /** The Properties tab, under {@code "properties"}. */
    public static SessionPart properties(PropertiesViewModel model) {
        return new StatePart<>("properties", model::getState, PropertiesJson::write, PropertiesJson::read,
                model::restore);
    }

    /**
     * The Training tab, under {@code "training"}: opening loads the settings and replays the run
     * to the saved step (training is deterministic given the seeds).
     */
    public static SessionPart training(TrainingViewModel model) {
        return new StatePart<>("training",
                () -> trainingSaved(model),
                TrainingJson::write, TrainingJson::read,
                s -> model.restore(s.state(), s.step()));
    }

    /** The Neuron tab, under {@code "neuron"}. */
    public static SessionPart neuron(NeuronViewModel model) {
        return new StatePart<>("neuron", model::getState, NeuronJson::write, NeuronJson::read, model::restore);
    }

    /** The Depth tab, under {@code "depth"}. */
    public static SessionPart depth(DepthViewModel model) {
        return new StatePart<>("depth", model::getState, DepthJson::write, DepthJson::read, model::restore);
    }

    /** The Gates tab, under {@code "gates"}. */
    public static SessionPart gates(GatesViewModel model) {
        return new StatePart<>("gates", model::getState, GatesJson::write, GatesJson::read, model::restore);
    }

    /**
     * The Curves tab's two-input view of the gated units, under {@code "gated"}: the unit, the
     * ranges of a and b, and whether the tab shows it.
     */
    public static SessionPart gated(GatedViewModel model) {
        return new StatePart<>("gated", model::getState, GatedJson::write, GatedJson::read, model::restore);
    }

    /**
     * The Shoot-out tab, under {@code "shootout"}: the settings and, when they were run with them, the
     * runs shown ({@link ShootoutResultsJson}), which opening shows again without running them.
     */
    public static SessionPart shootout(ShootoutViewModel model) {
        return new StatePart<>("shootout",
                () -> new ShootoutResultsJson.Saved(model.getState(), model.resultForSession(ShootoutResultsJson::fits), Optional.empty()),
                ShootoutResultsJson::write, ShootoutResultsJson::read,
                saved -> model.restore(saved.settings(), saved.results(), saved.refusal()));
    }

    /** The Training tab's settings and step now. */
    public static TrainingJson.Saved trainingSaved(TrainingViewModel model) {
        return new TrainingJson.Saved(model.getState(), model.stepProperty().get());
    }

    /**
     * The selected tab, under {@code "view"} as {@code {"tab": id}} where id is the tab's node id
     * (e.g. {@code "curves-tab"}); tabs without an id cannot be saved as selected.
     */
    public static SessionPart selectedTab(Supplier<TabPane> window) {
        return new StatePart<>("view",
                () -> Optional.ofNullable(window.get().getSelectionModel().getSelectedItem()).map(Tab::getId).orElse(""),
                id -> JsonNodeFactory.instance.objectNode().put("tab", id),
                fields -> {
                    String id = fields.text("tab");
                    TabPane tabs = window.get();
                    if (!id.isEmpty() && tabs.getTabs().stream().noneMatch(t -> id.equals(t.getId()))) {
                        throw fields.invalid("tab", "unknown tab \"" + id + "\"; known: " + String.join(", ",
                                tabs.getTabs().stream().map(Tab::getId).filter(t -> t != null).toList()));
                    }
                    return id;
                },
                id -> window.get().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                        .ifPresent(t -> window.get().getSelectionModel().select(t)));
    }

    /**
     * The lesson shown in the lessons panel, under {@code "lessons"} ({@code "lesson": ""} when none).
     * A lesson this machine does not have (a teacher's own file) leaves the panel where it is.
     */
    public static SessionPart lesson(Supplier<LessonsViewModel> lessons) {
        return new StatePart<>("lessons",
                () -> Optional.ofNullable(lessons.get().getLessonId()).orElse(""),
                id -> JsonNodeFactory.instance.objectNode().put("lesson", id),
                fields -> fields.text("lesson"),
                id -> {
                    if (!id.isEmpty()) {
                        lessons.get().select(id);
                    }
                });
    }
}
