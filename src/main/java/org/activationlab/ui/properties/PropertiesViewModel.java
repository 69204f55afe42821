package org.activationlab.ui.properties;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.activationlab.model.Activation;
import org.activationlab.model.ActivationProperties;
import org.activationlab.model.Catalogue;
import org.activationlab.ui.Background;
import org.activationlab.ui.problems.ProblemSource;
import org.activationlab.ui.problems.Problems;
import org.activationlab.ui.FunctionSearch;
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The properties table: one row of computed properties per catalogue function, a text filter,
 * the selected row, and live recomputation when the selected function's parameters change.
 *
 * <p>Analysis measures the cost of each function, so it runs on a background thread; while a
 * parameter is being dragged only the newest value is analysed.
 */
public final class PropertiesViewModel {
    private final Function<Activation, ActivationProperties> analyzer;
    private final Consumer<String> status;
    private final ExecutorService worker = Background.shared().lane("property-analysis", ProblemSource.PROPERTIES);
    private final PropertyAnalysisQueue edits;
    private final ObservableList<ActivationProperties> rows = FXCollections.observableArrayList();
    private final FilteredList<ActivationProperties> filteredRows = new FilteredList<>(rows);
    private final ObservableList<ActivationProperties> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<ActivationProperties> visibleRows = FXCollections.unmodifiableObservableList(filteredRows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<ActivationProperties> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    /** The function to select once the catalogue is analysed, if one was asked for before. */
    private String selectWhenLoaded;

    /**
     * @param analyzer computes the properties of one function (called off the FX thread)
     * @param status shows a one-line message to the user
     */
    public PropertiesViewModel(Function<Activation, ActivationProperties> analyzer, Consumer<String> status) {
        this.analyzer = analyzer;
        this.status = status;
        filter.addListener((obs, old, text) -> applyFilter(text));
        this.edits = new PropertyAnalysisQueue(analyzer, worker, Platform::runLater, this::replaceRow,
                this::failed);
    }

    /** Every analysed function, in catalogue order. */
    public ObservableList<ActivationProperties> rows() {
        return readOnlyRows;
    }

    /** The rows the filter lets through. */
    public ObservableList<ActivationProperties> visibleRows() {
        return visibleRows;
    }

    /** Whether the catalogue is being analysed. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Share of the catalogue analysed so far, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The selected function's properties (with its current parameters), or null. */
    public ReadOnlyObjectProperty<ActivationProperties> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ActivationProperties getSelected() {
        return selected.get();
    }

    /** Analyses every catalogue function with default parameters, then selects the one asked for, or the first. */
    public void load() {
        List<Activation> functions = Catalogue.all();
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
            status.accept(Messages.format(TextKeys.STATUS_ANALYSED, Integer.toString(rows.size())));
            if (selectWhenLoaded != null) {
                select(selectWhenLoaded);
            } else if (!visibleRows.isEmpty()) {
                select(visibleRows.get(0).activation().name());
            }
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

    /** The search text: only functions whose name or display name contains it (ignoring case) show; blank shows all. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Sets the search text (see {@link #filterProperty()}). */
    public void setFilter(String text) {
        filter.set(text);
    }

    private void applyFilter(String text) {
        Predicate<Activation> matching = FunctionSearch.matching(text);
        filteredRows.setPredicate(matching == null ? null : p -> matching.test(p.activation()));
    }

    /**
     * Selects the row of the function called {@code name}; an unknown name (or null) clears the
     * selection. Asked before the catalogue is analysed, the row is selected once it is.
     */
    public void select(String name) {
        if (loading.get() || rows.isEmpty()) {
            selectWhenLoaded = name;
        }
        selected.set(rows.stream().filter(p -> p.activation().name().equals(name)).findFirst().orElse(null));
    }

    /**
     * Recomputes the row of {@code changed}'s function for its new parameters. Analysis runs in
     * the background; edits arriving meanwhile are coalesced to the newest.
     */
    public void changeParameters(Activation changed) {
        edits.submit(changed);
    }

    private void replaceRow(ActivationProperties updated) {
        String name = updated.activation().name();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).activation().name().equals(name)) {
                rows.set(i, updated);
            }
        }
        ActivationProperties current = selected.get();
        if (current != null && current.activation().name().equals(name)) {
            selected.set(updated);
        }
    }

    /** Says in the status bar that an analysis failed, and reports it (a bug: every function can be analysed). */
    private void failed(Throwable failure) {
        status.accept(Messages.format(TextKeys.STATUS_ANALYSIS_FAILED, describe(failure)));
        Problems.shared().report(ProblemSource.PROPERTIES, failure);
    }

    private static String describe(Throwable t) {
        return t == null || t.getMessage() == null ? String.valueOf(t) : t.getMessage();
    }

    /** Stops the background analysis thread. */
    public void dispose() {
        edits.close();
        Background.shared().stop(worker);
    }
}
