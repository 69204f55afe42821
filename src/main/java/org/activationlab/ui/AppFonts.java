package org.activationlab.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.scene.text.Font;

/**
 * The bundled CJK font, WenQuanYi Micro Hei (Apache License 2.0; see the licence next to it in
 * {@code org/activationlab/fonts}), which the Chinese interface uses so that it renders the same
 * on a machine without any CJK font. It has Latin glyphs too, so the whole window can use it.
 */
public final class AppFonts {
    /** The font collection in the jar (regular and mono faces). */
    static final String RESOURCE = "/org/activationlab/fonts/wqy-microhei.ttc";
    /** The family of its regular face. */
    public static final String CJK_FAMILY = "WenQuanYi Micro Hei";

    private static boolean loaded;

    private AppFonts() {
    }

    /** Makes the bundled font available to JavaFX; calls after the first do nothing. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try (InputStream in = Objects.requireNonNull(AppFonts.class.getResourceAsStream(RESOURCE),
                RESOURCE + " is not packaged")) {
            Font[] faces = Font.loadFonts(in, Styles.BASE_FONT_SIZE);
            if (faces == null || faces.length == 0) {
                throw new IllegalStateException(RESOURCE + " holds no font JavaFX can read");
            }
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The inline style that sets the font family of a window in {@code language}: the bundled
     * font for Chinese; nothing for English, which keeps the stylesheet's family.
     */
    public static String familyStyle(Language language) {
        return language == Language.ZH ? "-fx-font-family: \"" + CJK_FAMILY + "\";" : "";
    }
}
