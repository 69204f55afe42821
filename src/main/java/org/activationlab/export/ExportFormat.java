package org.activationlab.export;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a figure exports to, chosen by the file name's extension. */
public enum ExportFormat {
    /** Raster image (BufferedImage), at 1x, 2x, 4x or any size, optionally transparent. */
    PNG("png"),
    /** Vector image (Batik), text as text or as outlines. */
    SVG("svg"),
    /** Vector document (PDFBox), text as outlines. */
    PDF("pdf"),
    /** The sampled series as comma-separated values. */
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The extension without the dot, e.g. "png". */
    public String extension() {
        return extension;
    }

    /**
     * The format of {@code file}, from its extension (any case).
     *
     * @throws ExportException if the extension is missing or not one of png, svg, pdf, csv
     */
    public static ExportFormat of(Path file) throws ExportException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(extension)) {
                return f;
            }
        }
        throw new ExportException(dot < 0 ? ExportTexts.format("export.format.noExtension", file)
                : ExportTexts.format("export.format.unsupported", file, extension));
    }
}
