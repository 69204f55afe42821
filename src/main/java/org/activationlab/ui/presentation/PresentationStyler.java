package org.activationlab.ui.presentation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Applies the presentation settings to a window's content: the font size of {@code root} (every
 * size in {@code app.css} is in em, so the whole window follows) and the theme's stylesheet,
 * laid over the scene's others.
 */
public final class PresentationStyler {
    private final PresentationSettings settings;
    private final Parent root;
    private final double baseFontSize;

    private PresentationStyler(PresentationSettings settings, Parent root, double baseFontSize) {
        this.settings = settings;
        this.root = root;
        this.baseFontSize = baseFontSize;
    }

    /** Keeps {@code root} (and the scene it gets) styled as {@code settings} say; text is {@code baseFontSize} px at scale 1. */
    public static void install(PresentationSettings settings, Parent root, double baseFontSize) {
        PresentationStyler styler = new PresentationStyler(settings, root, baseFontSize);
        settings.scaleProperty().addListener((obs, old, scale) -> styler.applyScale());
        settings.themeProperty().addListener((obs, old, theme) -> styler.applyTheme(root.getScene()));
        root.sceneProperty().addListener((obs, old, scene) -> styler.applyTheme(scene));
        styler.applyScale();
        styler.applyTheme(root.getScene());
    }

    private void applyScale() {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", baseFontSize * settings.getScale()));
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
