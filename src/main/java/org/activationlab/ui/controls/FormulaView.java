package org.activationlab.ui.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.activationlab.ui.Styles;
import org.scilab.forge.jlatexmath.ParseException;

import java.awt.image.BufferedImage;

/**
 * A typeset formula: LaTeX (the JLaTeXMath subset) drawn at the given font size, sharp on HiDPI
 * screens. LaTeX that does not parse is shown as its source text, so a formula never vanishes.
 * The formula takes the text colour the stylesheet gives labels here, so it follows the theme.
 */
public class FormulaView extends StackPane {
    private static final double DEFAULT_FONT_SIZE = 20;

    private final StringProperty latex = new SimpleStringProperty(this, "latex", "");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final ObjectProperty<Color> fill = new SimpleObjectProperty<>(this, "fill", Color.BLACK);
    private final ImageView image = new ImageView();
    private final Label source = new Label();

    public FormulaView() {
        getStyleClass().add(Styles.FORMULA);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        source.setWrapText(true);
        getChildren().addAll(image, source);
        setAlignment(Pos.CENTER_LEFT);
        latex.addListener((obs, old, v) -> render());
        fontSize.addListener((obs, old, v) -> render());
        fill.addListener((obs, old, v) -> render());
        source.textFillProperty().addListener((obs, old, paint) -> {
            if (paint instanceof Color c) {
                fill.set(c);
            }
        });
        sceneProperty().addListener((obs, old, scene) -> render());
    }

    /** The formula in LaTeX, e.g. {@code \sigma(x) = \frac{1}{1 + e^{-x}}}. */
    public StringProperty latexProperty() {
        return latex;
    }

    public String getLatex() {
        return latex.get();
    }

    public void setLatex(String value) {
        latex.set(value);
    }

    /** The size of the formula's main text in pixels. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** The colour of the formula: the stylesheet's label colour, black until styled. */
    public ObjectProperty<Color> fillProperty() {
        return fill;
    }

    /** Whether the current LaTeX parsed and is shown typeset (rather than as source text). */
    public boolean isTypeset() {
        return image.getImage() != null;
    }

    private void render() {
        String text = latex.get();
        double scale = outputScale();
        try {
            BufferedImage picture = TexImages.render(text, fontSize.get() * scale, toAwt(fill.get()));
            image.setImage(SwingFXUtils.toFXImage(picture, null));
            image.setFitWidth(picture.getWidth() / scale);
            source.setText("");
            source.setVisible(false);
        } catch (ParseException e) {
            image.setImage(null);
            source.setText(text);
            source.setVisible(true);
        }
    }

    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    private static java.awt.Color toAwt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
