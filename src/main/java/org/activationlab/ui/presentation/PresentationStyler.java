package org.activationlab.ui.presentation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.activationlab.ui.WhileInScene;

/**
 * Applies the presentation settings to a window's content: the font size of {@code root} (every
 * size in {@code app.css} is in em, so the whole window follows) and the theme's stylesheet,
 * laid over the scene's others.
 */
public final class PresentationStyler {
    private final PresentationSettings settings;
    private final Parent root;
    private final double baseFontSize;
    private final String fontStyle;

    private PresentationStyler(PresentationSettings settings, Parent root, double baseFontSize, String fontStyle) {
        this.settings = settings;
        this.root = root;
        this.baseFontSize = baseFontSize;
        this.fontStyle = fontStyle;
    }

    /**
     * Keeps {@code root} (and the scene it gets) styled as {@code settings} say, while it is in a
     * scene; text is {@code baseFontSize} px at scale 1, in the font that {@code fontStyle} (CSS,
     * e.g. the language's font family, possibly empty) names.
     */
    public static void install(PresentationSettings settings, Parent root, double baseFontSize, String fontStyle) {
        PresentationStyler styler = new PresentationStyler(settings, root, baseFontSize, fontStyle);
        WhileInScene.of(root, settings.scaleProperty()).addListener((obs, old, scale) -> styler.applyScale());
        WhileInScene.of(root, settings.themeProperty()).addListener((obs, old, theme) -> styler.applyTheme(root.getScene()));
        root.sceneProperty().addListener((obs, old, scene) -> styler.applyTheme(scene));
        styler.applyScale();
        styler.applyTheme(root.getScene());
    }

    private void applyScale() {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", baseFontSize * settings.getScale()) + fontStyle);
    }

    private void applyTheme(Scene scene) {
        if (scene == null) {
            return;
        }
        List<String> themeSheets = java.util.Arrays.stream(AppTheme.values()).map(AppTheme::stylesheet)
                .flatMap(Optional::stream).toList();
        scene.getStylesheets().removeAll(themeSheets);
        settings.getTheme().stylesheet().ifPresent(scene.getStylesheets()::add);
    }
}
