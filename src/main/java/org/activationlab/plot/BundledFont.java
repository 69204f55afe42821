package org.activationlab.plot;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CJK font that ships inside the application, WenQuanYi Micro Hei (Apache License 2.0; see
 * {@code org/activationlab/fonts/LICENSE-wqy-microhei.txt}), so that Chinese text renders on
 * screen and in every export on a machine with no CJK font installed. It is read from the
 * class path and registered with Java2D the first time a figure needs it; figures whose text
 * the theme font can show never load it.
 */
public final class BundledFont {
    /** The class-path resource: a TrueType collection of the proportional and the mono face. */
    public static final String RESOURCE = "/org/activationlab/fonts/wqy-microhei.ttc";
    /** The family name of the proportional face, as SVG text names it. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private static volatile boolean loaded;

    private BundledFont() {
    }

    /** The proportional face at size 1, plain, registered with the local graphics environment. */
    public static Font font() {
        return Holder.FONT;
    }

    /** Whether a figure has used the font yet (if not, no drawing so far contains its glyphs). */
    public static boolean loaded() {
        return loaded;
    }

    /**
     * The family names of the proportional face: the English one, the Chinese one ("文泉驿微米黑",
     * which Java reports when the language is Chinese) and the one in the current language, as
     * files and viewers may spell it.
     */
    public static Set<String> familyNames() {
        return new LinkedHashSet<>(List.of(FAMILY, font().getFamily(Locale.SIMPLIFIED_CHINESE), font().getFamily()));
    }

    /** The bundled face with the style and size of {@code like}. */
    static Font like(Font like) {
        return font().deriveFont(like.getStyle(), like.getSize2D());
    }

    /** Loaded on first use only (the class-holder idiom): 5 MB that English figures never read. */
    private static final class Holder {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + RESOURCE + " is missing from the class path");
                }
                Font[] faces = Font.createFonts(in);
                GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
                Font proportional = null;
                for (Font face : faces) {
                    environment.registerFont(face);
                    if (face.getFamily(Locale.ROOT).equals(FAMILY)) {
                        proportional = face;
                    }
                }
                if (proportional == null) {
                    throw new IllegalStateException(RESOURCE + " holds no face of the family " + FAMILY);
                }
                loaded = true;
                return proportional;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + RESOURCE + " is damaged", e);
            }
        }
    }
}
