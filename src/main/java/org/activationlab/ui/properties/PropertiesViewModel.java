package org.activationlab.ui.properties;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.ui.Background;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.problems.Problems;
import org.activationlab.ui.FunctionSearch;
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;
import org.activationlab.ui.library.ActivationChoice;
import org.activationlab.ui.library.ActivationChoices;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The Properties tab's model: one {@link PropertiesState} (the search text, the selected
 * function, the parameters set in the details pane) is its only truth; the view sends intents
 * that make the next state (an intent that leaves the state equal changes nothing). What follows
 * from it: one row of computed properties per function offered (the catalogue, then the user's
 * library formulas, followed as the library changes), the rows the search lets through, and the
 * selected row.
 *
 * <p>Analysis measures the cost of each function, so it runs on a background lane: the whole
 * catalogue once ({@link #load()}), then each function whose parameters change, only the newest
 * parameters of a function being analysed while a slider is dragged.
 */
public final class PropertiesViewModel {
    private final Function<Activation, ActivationProperties> analyzer;
    private final Consumer<String> status;
    private final ExecutorService worker = Background.shared().lane("property-analysis", ProblemSource.PROPERTIES);
    private final PropertyAnalysisQueue edits;
    private final ReadOnlyObjectWrapper<PropertiesState> state = new ReadOnlyObjectWrapper<>(this, "state",
            PropertiesState.INITIAL);
    private final ObservableList<ActivationProperties> rows = FXCollections.observableArrayList();
    private final FilteredList<ActivationProperties> filteredRows = new FilteredList<>(rows);
    private final ObservableList<ActivationProperties> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<ActivationProperties> visibleRows = FXCollections.unmodifiableObservableList(filteredRows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<ActivationProperties> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    private final ObservableList<ActivationChoice> functions;

    /**
     * Follows the functions offered, which outlive the model (the shared list of choices): removed
     * again by {@link #dispose}, so that a disposed model, and the app behind it, can be collected.
     */
    private final ListChangeListener<ActivationChoice> followChoices = change -> {
        if (!loading.get()) {
            followFunctions();
        }
    };

    /**
     * A table of the catalogue alone.
     *
     * @param analyzer computes the properties of one function (called off the FX thread)
     * @param status shows a one-line message to the user
     */
    public PropertiesViewModel(Function<Activation, ActivationProperties> analyzer, Consumer<String> status) {
        this(analyzer, status, FXCollections.observableArrayList(
                Catalogue.names().stream().map(n -> ActivationChoice.of(ActivationSpec.of(n))).toList()));
    }

    /**
     * @param analyzer computes the properties of one function (called off the FX thread)
     * @param status shows a one-line message to the user
     * @param functions the functions to list, in order, e.g. {@link ActivationChoices#list()} (followed as they change)
     */
    public PropertiesViewModel(Function<Activation, ActivationProperties> analyzer, Consumer<String> status,
                               ObservableList<ActivationChoice> functions) {
        this.analyzer = analyzer;
        this.status = status;
        this.functions = functions;
        this.edits = new PropertyAnalysisQueue(analyzer, worker, Platform::runLater, this::putRow,
                this::failed);
        state.addListener((obs, old, now) -> follow(old, now));
        functions.addListener(followChoices);
    }

    /** The tab's state. */
    public ReadOnlyObjectProperty<PropertiesState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PropertiesState getState() {
        return state.get();
    }

    /** Every analysed function, in the order of the functions offered. */
    public ObservableList<ActivationProperties> rows() {
        return readOnlyRows;
    }

    /** The rows the search lets through. */
    public ObservableList<ActivationProperties> visibleRows() {
        return visibleRows;
    }

    /** The library entry's name when {@code function} is one of the user's formulas (its row is marked as theirs). */
    public Optional<String> yours(Activation function) {
        return functions.stream().filter(c -> c.yours() && c.spec().name().equals(function.name()))
                .map(ActivationChoice::label).findFirst();
    }

    /** Whether the catalogue is being analysed. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Share of the catalogue analysed so far, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The selected function's row (computed with its current parameters), or null. */
    public ReadOnlyObjectProperty<ActivationProperties> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ActivationProperties getSelected() {
        return selected.get();
    }

    /** Whether an analysis of the catalogue or of changed parameters is running or waiting. */
    public boolean isAnalysing() {
        return loading.get() || edits.busy();
    }

    /**
     * Analyses every function offered with the parameters of the state, then selects the first
     * row the search lets through if no function is selected.
     */
    public void load() {
        PropertiesState at = state.get();
        List<Activation> functions = this.functions.stream().map(c -> at.activation(c.spec())).toList();
        Task<List<ActivationProperties>> task = new Task<>() {
            @Override
            protected List<ActivationProperties> call() {
                List<ActivationProperties> result = new ArrayList<>();
                for (Activation a : functions) {
                    updateMessage(Messages.format(TextKeys.STATUS_ANALYSING, a.info().displayName()));
                    result.add(analyzer.apply(a));
                    updateProgress(result.size(), functions.size());
                }
                return result;
            }
        };
        loading.set(true);
        progress.bind(task.progressProperty());
        task.messageProperty().addListener((obs, old, message) -> status.accept(message));
        task.setOnSucceeded(e -> {
            finishLoading();
            rows.setAll(task.getValue());
            followFunctions();
            status.accept(Messages.format(TextKeys.STATUS_ANALYSED, Integer.toString(rows.size())));
            if (state.get().selected().isEmpty() && !visibleRows.isEmpty()) {
                select(visibleRows.get(0).activation().name());
            }
            showSelected();
        });
        task.setOnFailed(e -> {
            finishLoading();
            failed(task.getException());
        });
        worker.execute(task);
    }

    private void finishLoading() {
        progress.unbind();
        progress.set(1);
        loading.set(false);
    }

    /** Shows only the functions whose name or display name contains {@code text}, ignoring case; blank shows all. */
    public void setFilter(String text) {
        update(s -> s.withFilter(text));
    }

    /**
     * Selects the row of the function called {@code name}; an unknown name (or null) clears the
     * selection. Asked before the catalogue is analysed, the row shows as selected once it is.
     */
    public void select(String name) {
        update(s -> s.withSelected(name));
    }

    /**
     * Gives {@code changed}'s function its parameter values; its row is computed again in the
     * background (while an analysis runs, only the newest values of a function wait).
     */
    public void changeParameters(Activation changed) {
        update(s -> s.withParameters(ActivationSpec.of(changed)));
    }

    /** Puts {@code saved} back, e.g. from a session file. */
    public void restore(PropertiesState saved) {
        Objects.requireNonNull(saved, "saved");
        update(s -> saved);
    }

    /** Makes the next state from the current one; a state equal to the current one changes nothing. */
    public void update(UnaryOperator<PropertiesState> change) {
        PropertiesState next = change.apply(state.get());
        if (!next.equals(state.get())) {
            state.set(next);
        }
    }

    /** Follows the parts of the state that changed: the search, the functions to analyse again, the selected row. */
    private void follow(PropertiesState old, PropertiesState now) {
        if (!now.filter().equals(old.filter())) {
            Predicate<Activation> matching = FunctionSearch.matching(now.filter());
            filteredRows.setPredicate(matching == null ? null : p -> matching.test(p.activation()));
        }
        Set<String> names = new LinkedHashSet<>(old.parameters().keySet());
        names.addAll(now.parameters().keySet());
        for (String name : names) {
            if (!Objects.equals(old.parameters().get(name), now.parameters().get(name))) {
                edits.submit(now.activation(offered(name)));
            }
        }
        showSelected();
    }

    private void showSelected() {
        String name = state.get().selected().orElse(null);
        selected.set(rows.stream().filter(p -> p.activation().name().equals(name)).findFirst().orElse(null));
    }

    /**
     * Drops the rows of functions no longer offered (a library formula deleted) and analyses those
     * newly offered (one added) in the background.
     */
    private void followFunctions() {
        Set<String> offered = offeredNames();
        rows.removeIf(p -> !offered.contains(p.activation().name()));
        Set<String> shown = new HashSet<>();
        rows.forEach(p -> shown.add(p.activation().name()));
        functions.stream().filter(c -> !shown.contains(c.spec().name()))
                .forEach(c -> edits.submit(state.get().activation(c.spec())));
        showSelected();
    }

    /** The function offered under {@code name} with its default parameters (a catalogue function if none is). */
    private ActivationSpec offered(String name) {
        return functions.stream().map(ActivationChoice::spec).filter(spec -> spec.name().equals(name)).findFirst()
                .orElseGet(() -> ActivationSpec.of(name));
    }

    private Set<String> offeredNames() {
        Set<String> names = new LinkedHashSet<>();
        functions.forEach(c -> names.add(c.spec().name()));
        return names;
    }

    /** Puts {@code updated} in its function's row, or in a new row in the offered order if its function has none. */
    private void putRow(ActivationProperties updated) {
        String name = updated.activation().name();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).activation().name().equals(name)) {
                rows.set(i, updated);
                showSelected();
                return;
            }
        }
        List<String> order = new ArrayList<>(offeredNames());
        int rank = order.indexOf(name);
        if (rank >= 0 && !loading.get()) {
            int at = 0;
            while (at < rows.size() && order.indexOf(rows.get(at).activation().name()) < rank) {
                at++;
            }
            rows.add(at, updated);
        }
        showSelected();
    }

    /** Says in the status bar that an analysis failed, and reports it (a bug: every function can be analysed). */
    private void failed(Throwable failure) {
        status.accept(Messages.format(TextKeys.STATUS_ANALYSIS_FAILED, describe(failure)));
        Problems.shared().report(ProblemSource.PROPERTIES, failure);
    }

    private static String describe(Throwable t) {
        return t == null || t.getMessage() == null ? String.valueOf(t) : t.getMessage();
    }

    /** Stops the background analysis thread and stops following the functions offered. */
    public void dispose() {
        functions.removeListener(followChoices);
        edits.close();
        Background.shared().stop(worker);
    }
}
