package org.activationlab.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;

/**
 * The one source of the function lists of the tabs: the built-in functions (the catalogue, in its
 * order) followed by the user's library formulas, kept up to date as the library changes. A
 * picker that offers other built-ins (a subset of the catalogue, or units of another kind) makes
 * its own source with {@link #of(List, FunctionLibrary)} or narrows one with {@link #filtered}.
 */
public final class ActivationChoices {
    private final List<ActivationChoice> builtIns;
    private final ObservableList<ActivationChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<ActivationChoice> readOnly = FXCollections.unmodifiableObservableList(choices);

    private ActivationChoices(List<ActivationChoice> builtIns, ObservableList<LibraryEntry> library) {
        this.builtIns = List.copyOf(builtIns);
        follow(library);
        library.addListener((ListChangeListener<LibraryEntry>) change -> follow(library));
    }

    /** The catalogue and the user's standard library ({@link FunctionLibrary#standard()}). */
    public static ActivationChoices standard() {
        return Standard.INSTANCE;
    }

    /** Made on first use. */
    private static final class Standard {
        static final ActivationChoices INSTANCE = catalogue(FunctionLibrary.standard());
    }

    /**
     * The choices of a network's hidden layer: the catalogue, the gated units (which only a layer of
     * a network can use, as it has the two pre-activations they need), then the user's standard library.
     */
    public static ActivationChoices layers() {
        return Layers.INSTANCE;
    }

    /** Made on first use. */
    private static final class Layers {
        static final ActivationChoices INSTANCE = of(Stream.concat(Catalogue.names().stream(), Gate.names().stream())
                .map(ActivationSpec::of).toList(), FunctionLibrary.standard());
    }

    /** The catalogue functions, then the formulas of {@code library}. */
    public static ActivationChoices catalogue(FunctionLibrary library) {
        return of(Catalogue.names().stream().map(ActivationSpec::of).toList(), library);
    }

    /** The functions {@code builtIns} (each under its display name), then the formulas of {@code library}. */
    public static ActivationChoices of(List<ActivationSpec> builtIns, FunctionLibrary library) {
        return new ActivationChoices(builtIns.stream().map(ActivationChoice::of).toList(), library.entries());
    }

    private void follow(List<LibraryEntry> library) {
        List<ActivationChoice> all = new ArrayList<>(builtIns);
        library.forEach(entry -> all.add(ActivationChoice.of(entry)));
        choices.setAll(all);
    }

    /** Every choice, built-ins first; unmodifiable, observable. */
    public ObservableList<ActivationChoice> list() {
        return readOnly;
    }

    /** The choices {@code keep} lets through, following this list. */
    public ObservableList<ActivationChoice> filtered(Predicate<ActivationChoice> keep) {
        return readOnly.filtered(keep);
    }
}
