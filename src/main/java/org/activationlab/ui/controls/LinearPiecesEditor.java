package org.activationlab.ui.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.activationlab.model.Activation;
import org.activationlab.model.Domain;
import org.activationlab.model.LinearPieces;
import org.activationlab.model.Parameter;
import org.activationlab.ui.Styles;

/**
 * Edits an activation made of {@link LinearPieces linear pieces}, f(x) = max_i (w_i x + b_i):
 * the number of pieces k (within the model's domain for it) with add and remove commands, a
 * slope and an intercept editor per piece, and {@link PiecesPreset presets}. It reaches the
 * pieces through the function's {@link Activation#linearPieces() pieces view}, which names the
 * parameters that hold them. Every change produces a new immutable {@link Activation} in
 * {@link #activationProperty()}.
 */
public class LinearPiecesEditor extends Control {
    private static final double DEFAULT_RANGE_END = 2;

    private final ReadOnlyObjectWrapper<Activation> activation = new ReadOnlyObjectWrapper<>(this, "activation");
    private final ReadOnlyIntegerWrapper pieceCount = new ReadOnlyIntegerWrapper(this, "pieceCount");
    private final DoubleProperty approximationFrom = new SimpleDoubleProperty(this, "approximationFrom", -DEFAULT_RANGE_END);
    private final DoubleProperty approximationTo = new SimpleDoubleProperty(this, "approximationTo", DEFAULT_RANGE_END);

    /**
     * An editor starting from {@code initial}.
     *
     * @throws IllegalArgumentException if {@code initial} is not made of linear pieces
     */
    public LinearPiecesEditor(Activation initial) {
        getStyleClass().add(Styles.PIECES_EDITOR);
        setActivation(initial);
    }

    /** The edited activation with the current pieces. */
    public ReadOnlyObjectProperty<Activation> activationProperty() {
        return activation.getReadOnlyProperty();
    }

    public Activation getActivation() {
        return activation.get();
    }

    /**
     * Continues from {@code newer}, e.g. after one piece's editor changed it.
     *
     * @throws IllegalArgumentException if {@code newer} is not made of linear pieces
     */
    public void setActivation(Activation newer) {
        LinearPieces pieces = newer.linearPieces().orElseThrow(() ->
                new IllegalArgumentException("a LinearPiecesEditor edits linear pieces; " + newer.name() + " has none"));
        pieceCount.set(pieces.count());
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
        String count = getPieces().countParameter();
        return getActivation().parameters().stream().filter(p -> p.key().equals(count)).findFirst()
                .map(Parameter::domain).orElseThrow();
    }

    /** Adds a piece (the model starts it at w = 0, b = 0); does nothing at the maximum. */
    public void addPiece() {
        if (getPieceCount() < getMaxPieces()) {
            setActivation(getActivation().with(getPieces().countParameter(), getPieceCount() + 1));
        }
    }

    /** Removes the last piece; does nothing at the minimum. */
    public void removePiece() {
        if (getPieceCount() > getMinPieces()) {
            setActivation(getActivation().with(getPieces().countParameter(), getPieceCount() - 1));
        }
    }

    /** Replaces all pieces by {@code preset}'s. */
    public void applyPreset(PiecesPreset preset) {
        setActivation(getActivation().with(preset.parameters(getPieces(), approximationFrom.get(),
                approximationTo.get())));
    }

    /** The current pieces, with the names of the parameters that hold them. */
    public LinearPieces getPieces() {
        return getActivation().linearPieces().orElseThrow();
    }

    /**
     * Spreads presets that depend on a range ({@link PiecesPreset#SQUARE_TANGENTS}) over
     * {@code from} to {@code to} (default -2 to 2); a curves view passes its visible x range.
     */
    public void fitPresetsTo(double from, double to) {
        approximationFrom.set(from);
        approximationTo.set(to);
    }

    /** Its height depends on its width: captions and messages wrap. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LinearPiecesEditorSkin(this);
    }
}
