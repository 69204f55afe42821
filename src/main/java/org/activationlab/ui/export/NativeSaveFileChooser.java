package org.activationlab.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.activationlab.export.ExportFormat;
import org.activationlab.ui.Messages;
import org.activationlab.ui.PlatformFileDialog;
import org.activationlab.ui.TextKeys;

/**
 * The platform's save dialog ({@link PlatformFileDialog}), filtered to the chosen format and opening in
 * the folder of the previous export, which it asks before replacing a file in.
 */
public final class NativeSaveFileChooser implements SaveFileChooser {
    private Path lastFolder;

    @Override
    public Optional<ChosenFile> choose(Window owner, ExportFormat format, String suggestedName) {
        String pattern = "*." + format.extension();
        Optional<Path> file = new PlatformFileDialog(Messages.get(TextKeys.EXPORT_CHOOSER_TITLE),
                Messages.format(filterKey(format), pattern), List.of(pattern),
                suggestedName + "." + format.extension(), lastFolder).showSave(owner);
        file.ifPresent(path -> lastFolder = path.getParent());
        return file.map(path -> new ChosenFile(path, true));
    }

    private static String filterKey(ExportFormat format) {
        return switch (format) {
            case PNG -> TextKeys.EXPORT_FILTER_PNG;
            case SVG -> TextKeys.EXPORT_FILTER_SVG;
            case PDF -> TextKeys.EXPORT_FILTER_PDF;
            case CSV -> TextKeys.EXPORT_FILTER_CSV;
        };
    }
}
