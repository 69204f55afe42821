package org.activationlab.ui.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.activationlab.model.Activation;
import org.activationlab.model.Domain;
import org.activationlab.model.Parameter;
import org.activationlab.ui.Styles;

/**
 * Edits a Maxout activation f(x) = max_i (w_i x + b_i): the number of pieces k (within the
 * model's domain for k, 1 to 8) with add and remove commands, a slope and an intercept editor
 * per piece, and {@link MaxoutPreset presets}. Every change produces a new immutable
 * {@link Activation} in {@link #activationProperty()}.
 */
public class MaxoutEditor extends Control {
    private static final double DEFAULT_RANGE_END = 2;

    private final ReadOnlyObjectWrapper<Activation> activation = new ReadOnlyObjectWrapper<>(this, "activation");
    private final ReadOnlyIntegerWrapper pieceCount = new ReadOnlyIntegerWrapper(this, "pieceCount");
    private final DoubleProperty approximationFrom = new SimpleDoubleProperty(this, "approximationFrom", -DEFAULT_RANGE_END);
    private final DoubleProperty approximationTo = new SimpleDoubleProperty(this, "approximationTo", DEFAULT_RANGE_END);

    /**
     * An editor starting from {@code maxout}.
     *
     * @throws IllegalArgumentException if {@code maxout} is not the catalogue's Maxout
     */
    public MaxoutEditor(Activation maxout) {
        getStyleClass().add(Styles.MAXOUT_EDITOR);
        setActivation(maxout);
    }

    /** The Maxout activation with the current pieces. */
    public ReadOnlyObjectProperty<Activation> activationProperty() {
        return activation.getReadOnlyProperty();
    }

    public Activation getActivation() {
        return activation.get();
    }

    /**
     * Continues from {@code newer}, e.g. after one piece's editor changed it.
     *
     * @throws IllegalArgumentException if {@code newer} is not a Maxout activation
     */
    public void setActivation(Activation newer) {
        if (!MaxoutKeys.FUNCTION.equals(newer.name())) {
            throw new IllegalArgumentException("a MaxoutEditor edits maxout, not " + newer.name());
        }
        pieceCount.set(newer.parameterValues().get(MaxoutKeys.PIECES).intValue());
        activation.set(newer);
    }

    /** The number of pieces k. */
    public ReadOnlyIntegerProperty pieceCountProperty() {
        return pieceCount.getReadOnlyProperty();
    }

    public int getPieceCount() {
        return pieceCount.get();
    }

    /** The fewest pieces the model allows. */
    public int getMinPieces() {
        return (int) piecesDomain().min();
    }

    /** The most pieces the model allows. */
    public int getMaxPieces() {
        return (int) piecesDomain().max();
    }

    private Domain piecesDomain() {
        return getActivation().parameters().stream().filter(p -> p.key().equals(MaxoutKeys.PIECES)).findFirst()
                .map(Parameter::domain).orElseThrow();
    }

    /** Adds a piece (the model starts it at w = 0, b = 0); does nothing at the maximum. */
    public void addPiece() {
        if (getPieceCount() < getMaxPieces()) {
            setActivation(getActivation().with(MaxoutKeys.PIECES, getPieceCount() + 1));
        }
    }

    /** Removes the last piece; does nothing at the minimum. */
    public void removePiece() {
        if (getPieceCount() > getMinPieces()) {
            setActivation(getActivation().with(MaxoutKeys.PIECES, getPieceCount() - 1));
        }
    }

    /** Replaces all pieces by {@code preset}'s. */
    public void applyPreset(MaxoutPreset preset) {
        setActivation(getActivation().with(preset.parameters(getPieceCount(), approximationFrom.get(), approximationTo.get())));
    }

    /** Left end of the x range over which {@link MaxoutPreset#SQUARE_TANGENTS} spreads its tangent points (default -2). */
    public DoubleProperty approximationFromProperty() {
        return approximationFrom;
    }

    /** Right end of that range (default 2); a curves view binds both to its visible x range. */
    public DoubleProperty approximationToProperty() {
        return approximationTo;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MaxoutEditorSkin(this);
    }
}
